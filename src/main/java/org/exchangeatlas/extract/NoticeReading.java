package org.exchangeatlas.extract;

import static org.exchangeatlas.extract.NoticeSchemes.*;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.ClausePattern;
import org.exchangeatlas.vocab.Mention;

/**
 * The reading of one notice (of each of its programs, when it lists several, each under a title
 * field of its own), in the order its steps depend on: the title and year give the
 * program's key and record; then come the title's concepts, the document's kind (a revision), each
 * field's facts, delivery from a dates field or the body when no field stated it, and the
 * requirements.
 */
final class NoticeReading {
    private static final String RELATION_RULE = id("rule", "relation-cue");
    private static final String ISSUER_RULE = id("rule", "notice-issuer");
    /** What stands before a body that offers or funds programs: "through the", "funded by", "sponsored by the". */
    private static final java.util.regex.Pattern SPONSOR_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:through|funded by|sponsored by|financed by|offered by|provided by)\\s+(?:the\\s+)?(?:china['’]s\\s+)?$");
    /** A body that funds in the active voice: "MOST has funded …", "For 2024, MOST has approved two workshops". */
    private static final java.util.regex.Pattern SPONSOR_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:\\([A-Z]{2,10}\\)\\s*)?(?:has|have)?\\s*(?:funded|funds|sponsored|sponsors|financed|finances|approved)\\b");
    /** Nominations sent through a body ("submit nominations through the Ministry of Finance"): a channel, not a sponsor. */
    private static final java.util.regex.Pattern CHANNEL_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:submit|send|forward|channel|appl(?:y|ications?)|nominat)\\w*\\b[^.;:]*\\bthrough\\s+(?:the\\s+)?$");
    private final NoticeText notice;
    private final String text;
    private final NoticeLayout layout;
    private final List<ClausePattern> clausePatterns;
    private final String documentIri;
    private final RecordSink sink;
    private final ProseRelations prose;
    /** Where the notice's first field begins: what stands above it is the notice's head and its opening prose. */
    private int noticeStart;

    NoticeReading(NoticeText notice, NoticeLayout layout, List<ClausePattern> clausePatterns, String documentIri,
                  RecordSink sink, ProseRelations prose) {
        this.notice = notice;
        this.text = notice.text();
        this.layout = layout;
        this.clausePatterns = clausePatterns;
        this.documentIri = documentIri;
        this.sink = sink;
        this.prose = prose;
    }

    private static final java.util.regex.Pattern PUT_OFF = java.util.regex.Pattern.compile(NoticeTable.CANCELLED.pattern()
            + "|暂缓|推迟|延期|另行通知|postponed|deferred|to be (?:announced|confirmed)", java.util.regex.Pattern.CASE_INSENSITIVE);

    void read() {
        List<NoticeField> fields = layout.fields(text);
        noticeStart = fields.isEmpty() ? text.length() : fields.get(0).label().start();
        List<List<NoticeField>> rows = layout.tableRows(text);
        if (!rows.isEmpty()) {
            for (int i = 0; i < rows.size(); i++) { // a table of programs: each row with the notice's other fields
                List<NoticeField> row = rows.get(i);
                List<NoticeField> all = new java.util.ArrayList<>(row);
                fields.stream().filter(f -> row.stream().noneMatch(r -> overlaps(r, f))).forEach(all::add);
                all.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
                read(all, rows.size() > 1 ? java.util.OptionalInt.of(i + 1) : java.util.OptionalInt.empty());
            }
            return;
        }
        List<List<NoticeField>> programs = NoticeSections.programs(fields, text);
        if (programs.size() > 1) { // a notice of several programs, each with its own title field
            List<String> titles = programs.stream().map(this::ownTitle).toList();
            List<NoticeField> last = programs.get(programs.size() - 1);
            int lastEnd = last.stream().mapToInt(f -> f.content().end()).max().orElse(text.length());
            Optional<NoticeField> shared = SharedSection.after(text, last.get(0).label().start()) // "(all programmes)"
                    .or(() -> SharedSection.trailing(text, lastEnd));
            for (int i = 0; i < programs.size(); i++) {
                if (!putOff(programs.get(i))) {
                    read(SharedSection.with(ProgramItems.narrowed(text, programs.get(i), titles, titles.get(i)), shared),
                            java.util.OptionalInt.of(i + 1));
                }
            }
            return;
        }
        read(fields, java.util.OptionalInt.empty());
    }

    /** The folded title a program's fields give it (its title field's, or the line above its first field). */
    private String ownTitle(List<NoticeField> fields) {
        return NoticeTitles.find(notice.grammar(), text, fields)
                .map(t -> org.exchangeatlas.vocab.LabelNormalizer.fold(t.title().of(text))).orElse("");
    }

    /** Whether a program's dates field puts it off with no date (培训时间：暂缓举办, "Dates: postponed"): no program of the notice. */
    private boolean putOff(List<NoticeField> fields) {
        return fields.stream().filter(f -> f.kind() == FieldKind.DATES).map(f -> f.content().of(text))
                .anyMatch(c -> PUT_OFF.matcher(c).find() && c.chars().noneMatch(Character::isDigit));
    }

    private static boolean overlaps(NoticeField a, NoticeField b) {
        return a.content().start() < b.content().end() && b.content().start() < a.content().end()
                || a.label().start() < b.content().end() && b.label().start() < a.label().end();
    }

    /**
     * Reads one program from {@code fields}: its title field or title line, and every other field;
     * {@code ordinal}, its number among the notice's several, keeps out requirements for others.
     */
    private void read(List<NoticeField> fields, java.util.OptionalInt ordinal) {
        Optional<TitleFinder.Title> title = NoticeTitles.find(notice.grammar(), text, fields);
        if (title.isEmpty()) {
            sink.problem(new Problem("no program title found", null));
            return;
        }
        Span titleSpan = title.get().title();
        if (fields.stream().filter(f -> f.kind() == FieldKind.DATES).count() > 1) { // "DATE: 24 June 2025" heads the circular, "Duration:" is the program's
            fields = fields.stream().filter(f -> f.kind() != FieldKind.DATES || f.label().start() > titleSpan.start()).toList();
        }
        Optional<NoticeYear> stated = NoticeYear.of(notice, titleSpan, fields);
        Optional<Integer> year = stated.map(NoticeYear::year);
        List<Mention> titleMentions = notice.mentions(titleSpan,
                COUNTRIES, GROUPS, ROLES, TOPICS, TYPES, NON_COUNTRIES, LANGUAGES);
        String titleText = titleSpan.of(text).replaceAll("\\s+", " ");
        String key = ProgramKeys.of(year, titleText);
        sink.program(new ProgramRecord(key, titleText, notice.grammar().language(),
                EnglishProgramLabel.of(titleMentions, year), titleSpan));
        ProgramFacts facts = new ProgramFacts(notice, id("program", key), sink, ordinal);
        stated.ifPresent(y -> facts.fact(YEAR, new Value.Typed(String.valueOf(y.year()), XSD + "gYear"), y.span()));
        titleMentions.forEach(facts::conceptFact);
        // the bracket after the title (（线上）), else the title's own words ("Online Workshop on …", 海外培训班)
        notice.mentions(title.get().delivery().orElse(titleSpan), DELIVERY_SCHEME).forEach(facts::conceptFact);

        documentKind(fields, titleSpan);
        FieldFacts fieldFacts = new FieldFacts(notice, facts);
        Optional<Mention> proseSponsor = proseSponsor(titleSpan.start());
        boolean sponsored = proseSponsor.isPresent() || fields.stream().anyMatch(f -> f.kind() == FieldKind.ORGANIZER
                && FieldFacts.SPONSOR_LABEL.matcher(f.label().of(text)).lookingAt());
        for (NoticeField f : fields) {
            fieldFacts.read(f, year, sponsored);
        }
        for (NoticeField f : fields) {
            if (!facts.stated(DELIVERY) && f.kind() == FieldKind.DATES) {
                fieldFacts.delivery(f.content()); // "Time and place: 5–25 June 2019, Kunming, China"
            }
        }
        NoticeBody body = new NoticeBody(notice, clausePatterns, facts, fields, titleSpan);
        if (!facts.stated(DELIVERY) && notice.grammar().readsDeliveryFromBody()) {
            body.delivery();
        }
        for (NoticeField f : fields) {
            if (!facts.stated(DELIVERY) && f.kind() == FieldKind.HOST) {
                fieldFacts.delivery(f.content()); // "Host institution: …, Bengbu, Anhui Province": held at a place in China
            }
        }
        body.requirements();
        body.plannedCount(titleSpan);
        proseFacts(fields, titleSpan, facts, year);
        if (!facts.said(ORGANIZER)) {
            proseSponsor.ifPresent(m -> facts.fact(ORGANIZER, new Value.Iri(m.concept().iri()), NoticeText.span(m), ISSUER_RULE));
        }
    }

    /**
     * The body the opening prose says offers or funds the programs ("the Government of China,
     * through the Ministry of Commerce (MOFCOM), has offered …", "MOST has funded …"): their organizer, and the
     * institution an "Organiser" field names then carries them out.
     */
    private Optional<Mention> proseSponsor(int opening) {
        if (opening <= 0 || !"en".equals(notice.grammar().language())) {
            return Optional.empty();
        }
        return notice.mentions(new Span(0, opening), BODIES).stream()
                .filter(m -> SPONSOR_BEFORE.matcher(text.substring(Math.max(0, m.start() - 32), m.start())).find()
                        || SPONSOR_AFTER.matcher(text.substring(m.end(), Math.min(opening, m.end() + 40))).lookingAt())
                .filter(m -> !CHANNEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()).findFirst();
    }

    /**
     * What the notice's running text says where no field did: who organizes, hosts and
     * co-organizes the program (一、项目概况 本项目由商务部主办，某中心承办), and when it runs (研修班于
     * 2019年10月10日至10月30日举办: a range with its end, not a single day such as a deadline). Read in
     * the sections whose heading no vocabulary knows, in the text between the title and the
     * first field, and in the opening prose above the title and every field.
     */
    private void proseFacts(List<NoticeField> fields, Span title, ProgramFacts facts, Optional<Integer> year) {
        List<Span> prosePlaces = new java.util.ArrayList<>();
        int firstField = fields.isEmpty() ? text.length() : fields.get(0).label().start();
        if (firstField > title.end()) {
            prosePlaces.add(new Span(title.end(), firstField));
        }
        // the opening prose above every field (受商务部委托，某中心将于下半年承办以下两期项目), which a
        // notice of several programs writes once for all, above each one's title
        int opening = Math.min(noticeStart, title.start());
        if (opening > 0) {
            prosePlaces.add(new Span(0, opening));
        }
        fields.stream().filter(f -> f.kind() == null || f.kind() == FieldKind.PARTICIPANTS || f.kind() == FieldKind.DELIVERY // "Mode: online. Sessions run from 6 to 17 October"
                        || f.kind().organization() && FieldFacts.inProse(f.content().of(text)))
                .map(NoticeField::content).forEach(prosePlaces::add);
        for (Span place : prosePlaces) {
            if (!facts.said(START_DATE)) {
                notice.grammar().dates(text, place.start(), place.end(), year).filter(d -> d.end().isPresent()).ifPresent(d -> {
                    facts.fact(START_DATE, new Value.Typed(d.start().toString(), XSD + "date"), d.startSpan());
                    facts.fact(END_DATE, new Value.Typed(d.end().get().toString(), XSD + "date"), d.endSpan().get());
                });
            }
            for (ProseRelations.Found r : prose.in(text, place)) {
                if (!facts.said(r.property())) {
                    facts.fact(r.property(), r.organization(), r.span(), RELATION_RULE);
                }
            }
        }
        if (!facts.said(ORGANIZER) && opening > 0) {
            prose.issuer(text, new Span(0, opening)).ifPresent(r -> facts.fact(r.property(), r.organization(), r.span(), ISSUER_RULE));
        }
    }

    /**
     * A revised or supplementary notice says so above its first field (关于调整《…》举办时间的通知,
     * "Supplementary notice"): a fact about the document, which lets its facts supersede the
     * earlier notice's.
     */
    private void documentKind(List<NoticeField> fields, Span title) {
        int to = fields.isEmpty() ? title.end() : Math.max(title.end(), fields.get(0).label().start());
        notice.mentions(new Span(0, to), DOCUMENT_KINDS).stream().findFirst().ifPresent(m ->
                sink.fact(new Fact(documentIri, DOCUMENT_KIND, new Value.Iri(m.concept().iri()), NoticeText.span(m))));
    }
}

package org.exchangeatlas.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Clauses;
import org.exchangeatlas.extract.ProseRelations;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The relation cues of running text read for the notice extractor: the organizations of each
 * clause (bodies, units named by their suffix) and the cues that say what each is to the program.
 * A page's self-reference (我院) stands for the institution that publishes the page when its
 * header or footer names one ({@link PublishingUnit}), and is left out when it does not.
 */
public final class ProseRelationReader implements ProseRelations {
    /**
     * Where a clause ends: a comma, semicolon, full stop or colon, or a line break, except the
     * break of a hard-wrapped English line whose last word is a small one ("sponsored by the ⏎
     * Ministry of Commerce"), which the sentence runs on over.
     */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。：:]|(?<!\\b\\p{Ll}[\\p{L}'’-]{0,20}[ \\t]{0,3})\\n");
    private static final Value NOBODY = new Value.Name(Value.Name.ORGANIZATION, "");
    /** A notice's head line about programs: [BODY][办公厅] 关于 …(培训|研修|项目|班)… 的通知, not forwarding one. */
    /** The office or department of a body that issues in its name: 办公厅, 国际合作司. */
    private static final String OFFICE = "(?:办公厅|办公室|秘书局|\\p{IsHan}{2,8}司)?\\s*";
    private static final Pattern ISSUED = Pattern.compile("^" + OFFICE + "关于(?!转发|印发)[^\\n]{0,80}?(?:培训|研修|项目|班)[^\\n]{0,40}?的?通知\\s*$");
    /** A head line of the body alone, or of its office (农业农村部国际合作司), over the notice's title line. */
    private static final Pattern OFFICE_ALONE = Pattern.compile("^" + OFFICE + "$");
    private static final int HEAD_LINES = 3;

    private final OrganizationFinder orgs;
    private final ClauseReader clauses;
    private final Value self;

    public ProseRelationReader(DictionaryMatcher matcher, Vocabulary vocabulary) {
        this(new OrganizationFinder(matcher, vocabulary.homeCountry()), new ClauseReader(matcher, vocabulary), NOBODY);
    }

    private ProseRelationReader(OrganizationFinder orgs, ClauseReader clauses, Value self) {
        this.orgs = orgs;
        this.clauses = clauses;
        this.self = self;
    }

    @Override
    public ProseRelations of(org.exchangeatlas.source.Document document) {
        return new PublishingUnit(orgs).find(document) // 我院 is an institution; a ministry only where the page says 我委
                .filter(o -> !o.body() || PublishingUnit.speaksAsBody(document.text()))
                .map(o -> (ProseRelations) new ProseRelationReader(orgs, clauses, o.value())).orElse(this);
    }

    @Override
    public java.util.Optional<Found> issuer(String text, Span head) {
        int seen = 0;
        Found above = null;
        for (org.exchangeatlas.extract.NoticeLayout.Line line : org.exchangeatlas.extract.NoticeLayout.lines(text.substring(0, head.end()))) {
            if (seen >= HEAD_LINES) {
                break;
            }
            if (text.substring(line.start(), line.end()).isBlank()) {
                continue;
            }
            seen++;
            int from = line.start();
            while (from < line.end() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int to = line.end(); // the head's lines end with it
            if (above != null) {
                if (ISSUED.matcher(text.substring(from, to)).find()) {
                    return java.util.Optional.of(above);
                }
                above = null;
            }
            List<OrgMention> found = orgs.find(text, from, to, NOBODY);
            if (!found.isEmpty() && found.get(0).span().start() == from && found.get(0).body()) {
                Found issuer = new Found(org.exchangeatlas.model.AtlasTerms.ORGANIZER, found.get(0).value(), found.get(0).span());
                String rest = text.substring(found.get(0).span().end(), to);
                if (ISSUED.matcher(rest).find()) {
                    return java.util.Optional.of(issuer);
                }
                above = OFFICE_ALONE.matcher(rest).find() ? issuer : null; // 农业农村部国际合作司 ⏎ 关于……的通知
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public List<Found> in(String text, Span span) {
        List<OrgMention> found = orgs.find(text, span.start(), span.end(), self).stream()
                .filter(o -> o.value() != NOBODY).toList();
        List<Found> out = new ArrayList<>();
        if (found.isEmpty()) {
            return out;
        }
        for (Span clause : Clauses.between(text, span, CLAUSE_END)) {
            for (Relation r : clauses.read(text, clause, found)) {
                Span cited = new Span(Math.min(r.org().span().start(), r.cue().start()), Math.max(r.org().span().end(), r.cue().end()));
                out.add(new Found(r.property(), r.org().value(), cited));
            }
        }
        return out;
    }
}

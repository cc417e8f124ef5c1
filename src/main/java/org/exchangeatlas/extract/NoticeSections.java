package org.exchangeatlas.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A notice of several programs (一、项目安排 (一) 项目名称：… 承办单位：… (二) 项目名称：…, or programs
 * under sub-headings whose fields repeat: (一)2026年…研修班 1. 培训时间：… (二)…研修班 1. 培训时间：…):
 * each program is a title field (or a repeat of the first field's kind) and the fields that follow it, up to the next title field or to a field of a
 * kind its section already has; the last program's section is no longer than the longest before
 * it (what follows is the shared part of the notice: 二、学员条件). The fields outside every section
 * are shared: each program is read with its own section and all of them.
 */
final class NoticeSections {
    /** Kinds a notice of one program may well give twice (Sponsor: …, Organizer: …): no sign of a second program. */
    private static final Set<FieldKind> ORGANIZATIONS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(FieldKind.TITLE, FieldKind.ORGANIZER, FieldKind.CO_ORGANIZER, FieldKind.HOST));
    private NoticeSections() {}

    /** A field's kind under the label it is written with: a field that repeats is one of these twice. */
    private record Labelled(FieldKind kind, String label) {}

    private static List<Integer> starts(List<NoticeField> fields, FieldKind kind) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (kind == fields.get(i).kind()) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Where programs under sub-headings begin with their organizations ((一)…研修班 1.承办单位：… 2.举办时间：…),
     * each section begins at the organization fields just before its repeated field; when the first
     * does not, none does (those fields then close the section before).
     */
    private static List<Integer> withOrganizationsBefore(List<NoticeField> fields, List<Integer> starts) {
        if (!isOrganization(fields, starts.get(0) - 1)) {
            return starts;
        }
        List<Integer> out = new ArrayList<>();
        int previous = -1;
        for (int start : starts) {
            int s = start;
            while (s - 1 > previous && isOrganization(fields, s - 1)) {
                s--;
            }
            out.add(s);
            previous = start;
        }
        return out;
    }

    private static boolean isOrganization(List<NoticeField> fields, int i) {
        return i >= 0 && fields.get(i).kind() != null && ORGANIZATIONS.contains(fields.get(i).kind())
                && fields.get(i).kind() != FieldKind.TITLE;
    }

    /** Each program's fields, its section then the shared ones; one list of all fields for a notice of one program. */
    static List<List<NoticeField>> programs(List<NoticeField> fields, String text) {
        // a title label with nothing after it (一、项目名称 over the titles' own lines) names no program
        List<Integer> titles = starts(fields, FieldKind.TITLE).stream()
                .filter(i -> fields.get(i).content().end() - fields.get(i).content().start() > 1).toList();
        if (titles.size() < 2) {
            // no title fields: programs under sub-headings ((一)2026年…研修班 1. 培训时间：… (二)…), each
            // starting where the notice's first field repeats, under the same label (a second 培训时间:
            // a circular's "Date:" above "Duration:" is no second program)
            java.util.function.Function<NoticeField, Labelled> key = f -> f.kind() == null ? null
                    : new Labelled(f.kind(), f.label().of(text).strip().toLowerCase(java.util.Locale.ROOT));
            java.util.Map<Labelled, Long> counts = fields.stream().map(key).filter(k -> k != null)
                    .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
            Labelled first = fields.stream().filter(f -> f.kind() != null && !ORGANIZATIONS.contains(f.kind())
                    && counts.get(key.apply(f)) >= 2).map(key).findFirst().orElse(null);
            long repeated = counts.entrySet().stream()
                    .filter(e -> e.getValue() >= 2 && !ORGANIZATIONS.contains(e.getKey().kind())).count();
            titles = new ArrayList<>();
            for (int i = 0; first != null && repeated >= 2 && i < fields.size(); i++) {
                if (first.equals(key.apply(fields.get(i)))) {
                    titles.add(i);
                }
            }
            if (titles.size() < 2) {
                return List.of(fields); // one program (a Sponsor and an Organizer field are two organizations of it)
            }
            titles = withOrganizationsBefore(fields, titles);
        }
        List<List<NoticeField>> sections = new ArrayList<>();
        Set<Integer> inSections = new HashSet<>();
        int longest = 0;
        Set<FieldKind> kindsBefore = new HashSet<>();
        for (int t = 0; t < titles.size(); t++) {
            // the last program's section is as long as the longest before it, and longer only by
            // kinds the sections before it had (a Sponsor line of its own pushes its Target down):
            // what follows is shared
            boolean last = t + 1 == titles.size();
            int end = last ? fields.size() : titles.get(t + 1);
            List<NoticeField> section = new ArrayList<>();
            Set<FieldKind> kinds = new HashSet<>();
            for (int i = titles.get(t); i < end; i++) {
                FieldKind kind = fields.get(i).kind();
                if (kind == null || !kinds.contains(kind) && last && section.size() >= longest && !kindsBefore.contains(kind)
                        || !kinds.add(kind)) {
                    break; // a heading of the notice, or a kind seen already: the shared part begins
                }
                section.add(fields.get(i));
                inSections.add(i);
            }
            sections.add(section);
            longest = Math.max(longest, section.size());
            kinds.forEach(kindsBefore::add);
        }
        List<NoticeField> shared = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            // a field in a bracket after a quoted name, outside every program's section, is that program's: one the
            // notice speaks of in passing (one postponed, one of last year), not a field all programs share
            if (!inSections.contains(i) && !ofAQuotedName(text, fields.get(i).label().start())) {
                shared.add(fields.get(i));
            }
        }
        List<List<NoticeField>> out = new ArrayList<>();
        for (List<NoticeField> section : sections) {
            List<NoticeField> all = new ArrayList<>(section);
            all.addAll(shared);
            all.sort((a, b) -> Integer.compare(a.label().start(), b.label().start()));
            out.add(all);
        }
        return out;
    }

    /** Whether a label stands in a bracket opened right after a quoted name on its line (“…研修班”（承办单位：…）). */
    static boolean ofAQuotedName(String text, int labelStart) {
        int open = 0;
        for (int i = labelStart - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            open += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (open > 0) {
                return i > 0 && "”」》\"".indexOf(text.charAt(i - 1)) >= 0;
            }
        }
        return false;
    }
}

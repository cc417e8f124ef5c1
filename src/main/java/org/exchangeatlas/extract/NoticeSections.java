package org.exchangeatlas.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A notice of several programs (一、项目安排 (一) 项目名称：… 承办单位：… (二) 项目名称：…): each program
 * is a title field and the fields that follow it, up to the next title field or to a field of a
 * kind its section already has; the last program's section is no longer than the longest before
 * it (what follows is the shared part of the notice: 二、学员条件). The fields outside every section
 * are shared: each program is read with its own section and all of them.
 */
final class NoticeSections {
    private NoticeSections() {}

    /** Each program's fields, its section then the shared ones; one list of all fields for a notice of one program. */
    static List<List<NoticeField>> programs(List<NoticeField> fields) {
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if ("title".equals(fields.get(i).kind())) {
                titles.add(i);
            }
        }
        if (titles.size() < 2) {
            return List.of(fields);
        }
        List<List<NoticeField>> sections = new ArrayList<>();
        Set<Integer> inSections = new HashSet<>();
        int longest = 0;
        for (int t = 0; t < titles.size(); t++) {
            // the last program's section is as long as the longest before it: what follows is shared
            int end = t + 1 < titles.size() ? titles.get(t + 1) : Math.min(fields.size(), titles.get(t) + longest);
            List<NoticeField> section = new ArrayList<>();
            Set<String> kinds = new HashSet<>();
            for (int i = titles.get(t); i < end; i++) {
                String kind = fields.get(i).kind();
                if (kind == null || !kinds.add(kind)) {
                    break; // a heading of the notice, or a kind seen already: the shared part begins
                }
                section.add(fields.get(i));
                inSections.add(i);
            }
            sections.add(section);
            longest = Math.max(longest, section.size());
        }
        List<NoticeField> shared = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!inSections.contains(i)) {
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
}

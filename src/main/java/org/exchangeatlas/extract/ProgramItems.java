package org.exchangeatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.LabelNormalizer;

/**
 * A notice of several programs laid out field by field, each field giving every program its own
 * item under the program's short name (二、举办时间 （一）海水养殖技术培训班：7月8日至7月28日 （二）渔业管理官员
 * 研修班：9月9日至9月29日): each program is read with its own item of such a field, not with the
 * others'. An item belongs to the one program whose title holds the item's name, its characters
 * in order (渔业管理官员 in 印度洋沿岸国家渔业资源养护与管理官员研修班), less the kind of program.
 */
final class ProgramItems {
    /** An item at a line's start: its numbering, then a short name and a colon. */
    private static final Pattern ITEM = Pattern.compile("(?m)^[ \\t\\u3000]*(?:[（(][一二三四五六七八九十\\d]{1,2}[)）]|\\d{1,2}[.、．])[ \\t\\u3000]*"
            + "(\\p{IsHan}{2,30}?)[：:]");
    private static final Pattern KIND_AT_END = Pattern.compile("(?:研修班|培训班|研讨班|技术培训|班)$");

    private ProgramItems() {}

    /**
     * The fields {@code program} is read with: each shared field made of items for several
     * programs narrowed to this program's item, or left out when none of its items is this one's.
     *
     * @param titles the folded titles of all the notice's programs
     * @param own the folded title of this program
     */
    static List<NoticeField> narrowed(String text, List<NoticeField> fields, List<String> titles, String own) {
        List<NoticeField> out = new ArrayList<>();
        for (NoticeField f : fields) {
            List<int[]> items = items(text, f.content());
            if (f.kind() == FieldKind.TITLE || items.size() < 2) {
                out.add(f);
                continue;
            }
            boolean anyOwned = false;
            for (int i = 0; i < items.size(); i++) {
                Optional<String> owner = owner(text, items.get(i), titles);
                anyOwned |= owner.isPresent();
                if (owner.isPresent() && owner.get().equals(own)) {
                    int end = i + 1 < items.size() ? items.get(i + 1)[0] : f.content().end();
                    out.add(new NoticeField(f.kind(), f.label(), new Span(items.get(i)[2] + 1, end)));
                }
            }
            if (!anyOwned) {
                out.add(f); // items of no program's name: the field is the notice's, shared
            }
        }
        return out;
    }

    /** The one title that holds an item's name, less its kind of program, if exactly one does. */
    private static Optional<String> owner(String text, int[] item, List<String> titles) {
        String name = KIND_AT_END.matcher(LabelNormalizer.fold(text.substring(item[1], item[2]))).replaceFirst("");
        List<String> holding = titles.stream().filter(t -> inOrder(name, t)).toList();
        return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
    }

    /** The items of a field's content: where each starts, and its name's start and end. */
    private static List<int[]> items(String text, Span content) {
        List<int[]> out = new ArrayList<>();
        Matcher m = ITEM.matcher(text).region(content.start(), content.end());
        while (m.find()) {
            out.add(new int[] {m.start(), m.start(1), m.end(1)});
        }
        return out;
    }

    /** Whether every character of {@code name} stands in {@code title} in the same order. */
    private static boolean inOrder(String name, String title) {
        if (name.length() < 2) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < name.length(); i++) {
            at = title.indexOf(name.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}

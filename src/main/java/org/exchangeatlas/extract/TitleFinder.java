package org.exchangeatlas.extract;

import org.exchangeatlas.source.Span;
import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;

/**
 * Finds a program's title in a line of text by the title grammar
 * {@code [YEAR年][TARGET][ROLE][TOPIC][TYPE][（DELIVERY）]}: the title ends with a program type
 * from the vocabulary and begins at its year, after an opening 《 or “, after 关于举办 and the
 * like, or at the start of the line.
 */
public final class TitleFinder {
    private static final List<String> TYPE_SCHEME = List.of(scheme("program-types"));
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}年(?!\\s*\\d{1,2}\\s*月)");
    /** What follows a program's name in a sentence about it: its trainees, its opening or closing. */
    private static final Pattern AFTER_A_NAME = Pattern.compile("学员|學員|开班|開班|结业|結業|圆满|圓滿|顺利|順利|隆重|举行|舉行|在|于|於");
    private static final Pattern LEAD = Pattern.compile("^(?:【[^】]{1,8}】)?(?:关于|有关)?(?:\\p{IsHan}{2,10}?(?:部|局|委|署|厅|办)(?=举办))?"
            + "(?:举办|调整|召开|开展|组织|邀请|推迟|延期举办|补充|更改)*");

    /**
     * A title found in a line.
     *
     * @param title    the title, without delivery bracket
     * @param delivery the bracket after it (（线上）), if any
     * @param standalone whether the title is (nearly) the whole line
     * @param wrapped  whether the line wraps it in 《》 or “” or 关于……的通知
     */
    public record Title(Span title, Optional<Span> delivery, boolean standalone, boolean wrapped) {}

    private final DictionaryMatcher matcher;

    public TitleFinder(DictionaryMatcher matcher) {
        this.matcher = matcher;
    }

    /** The title in {@code text[from, to)}, if the line holds one. */
    public Optional<Title> find(String text, int from, int to) {
        List<Mention> types = matcher.find(text, from, to, TYPE_SCHEME);
        if (types.isEmpty()) {
            return Optional.empty();
        }
        // the type the name ends with: the first one the text goes on from as a sentence (研修班学员赴巴马开展文化考察
        // is the 研修班's trainees on a visit), else the first a quote closes (“…研修班”，原定于……), else the last
        Mention type = types.stream().filter(m -> AFTER_A_NAME.matcher(text).region(m.end(), to).lookingAt()).findFirst()
                .or(() -> types.stream().filter(m -> m.end() < to && "”》」\"".indexOf(text.charAt(m.end())) >= 0).findFirst())
                .orElse(types.get(types.size() - 1));
        int end = type.end();
        int start = startOf(text, from, type.start());
        if (type.end() - start < 6) {
            return Optional.empty(); // a type word alone ("研修班") is not a title
        }
        Optional<Span> delivery = Optional.empty();
        int after = end;
        if (after < to && (text.charAt(after) == '（' || text.charAt(after) == '(')) {
            int close = indexOfAny(text, after, to, '）', ')');
            if (close > after && close - after <= 12) {
                delivery = Optional.of(new Span(after, close + 1));
                after = close + 1;
            }
        }
        String rest = text.substring(after, to).strip();
        String head = text.substring(from, start).strip();
        boolean standalone = rest.replaceAll("[》”\"」]", "").isEmpty() && head.replaceAll("[《“\"「]", "").isEmpty();
        boolean wrapped = head.endsWith("《") || head.endsWith("“") || (head.startsWith("关于") && rest.endsWith("通知"));
        return Optional.of(new Title(new Span(start, end), delivery, standalone, wrapped));
    }

    private static int startOf(String text, int from, int typeStart) {
        int dash = text.substring(from, typeStart).lastIndexOf("——");
        if (dash >= 0) {
            from += dash + 2; // 线上研修跨越山海——中亚国家……培训班圆满结业: a headline's slogan before the name
        }
        String before = text.substring(from, typeStart);
        int open = lastUnclosedOpener(before);
        if (open >= 0) {
            return from + open + 1;
        }
        Matcher y = YEAR.matcher(before);
        if (y.find()) {
            return from + y.start();
        }
        int s = from;
        while (s < typeStart && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u3000')) {
            s++;
        }
        Matcher lead = LEAD.matcher(text.substring(s, typeStart));
        if (lead.find()) {
            s += lead.end();
        }
        return s;
    }

    /** The last 《 “ or 「 before the type that is not closed before it (a quote inside a title). */
    private static int lastUnclosedOpener(String before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            char close = c == '《' ? '》' : c == '“' ? '”' : c == '「' ? '」' : 0;
            if (close != 0 && before.indexOf(close, i) < 0) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfAny(String text, int from, int to, char a, char b) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}

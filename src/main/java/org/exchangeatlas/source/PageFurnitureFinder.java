package org.exchangeatlas.source;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.exchangeatlas.vocab.LabelNormalizer;

/**
 * Finds the furniture of scraped pages ({@code text/plain} and {@code text/html}) with jusText
 * ({@link JusText}), Pomikálek's content-density method, and the page-structure cues of the
 * vocabulary ({@link PageCues}):
 * <pre>
 * text -> blocks (lines)  -> measures (length; stopword density: English words, Chinese function
 *                            characters; link density and headings from the HTML through jsoup)
 *      -> context-free class (a short line numbered as an outline's item, 一、 （二） 3., a line
 *         that opens with a notice field's label, "Eligible countries:", and a program's title,
 *         "Seminar on ... for ...", are near-good: they belong to a document's structure and their
 *         context decides),
 *         with furniture evidence forced bad: a marker (©, 版权所有, ▲) outside running text, a
 *         line of short items between separators (a menu or breadcrumb: Home | World | Business),
 *         a furniture heading and the section it starts ("Related articles" up to the next
 *         running text; "Comments" to the end of the page)
 *      -> jusText's context-sensitive revision -> runs of bad blocks = the spans set aside
 * </pre>
 * A page with no such evidence at all (no link-heavy block, marker, menu line or furniture
 * heading) is a clean document, not a scrape, and keeps every character: a notice's edges and its
 * short lines (一、主办单位, 商务部) are never judged by their position alone. Other media types
 * (PDF, DOCX, tables) are documents, not pages, and are left whole.
 */
public final class PageFurnitureFinder implements FurnitureFinder {
    private static final Set<String> PAGE_TYPES = Set.of("text/plain", "text/html", "application/xhtml+xml");
    /** A separator of menu items and breadcrumbs: a bar or dot, or a slash or angle with spaces around. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[|·•｜]\\s*|\\s+(?:/|>>?|»|›|\\\\)\\s+");
    private static final int MENU_ITEM_MAX = 30;
    /** A number of people, as a quota table's cell gives it: 3名, 2人, 4 places. */
    private static final Pattern QUOTA = Pattern.compile("\\d+\\s*(?:名|人|places?\\b|participants?\\b)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");
    /** An item that is a label and its value: "Views: 418", "发布时间：2024-08-02". */
    private static final Pattern LABELLED = Pattern.compile("^[^:：]{1,20}[:：]\\s*\\S");
    /** The numbering of an outline's item: 一、 （二） 3. 4) */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.．)](?!\\d)|[IVX]{1,4}\\.\\s)");

    /** A block that ends as a sentence does ("… in Beijing on Wednesday."), not as a headline or a link. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.。!！?？][\"”’)）]?\\s*$");
    /** An item of a bulleted list: - • · ▪ or (i) a) */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-–•·*▪●◆]\\s|[（(]?[ivx]{1,4}[)）]\\s|[a-h][)）]\\s)");

    /** The longest line that a furniture marker makes furniture even when it reads as good text. */
    private static final int SHORT_MARKED_LINE = 120;
    private final PageCues cues;
    private final JusTextSettings settings;
    private final JusText jusText;
    private final LanguageGuesser languages;

    public PageFurnitureFinder(PageCues cues, JusTextSettings settings, LanguageGuesser languages) {
        this.cues = cues;
        this.settings = settings;
        this.jusText = new JusText(settings);
        this.languages = languages;
    }

    @Override
    public List<Span> setAside(String text, String mediaType) {
        return setAside(text, mediaType, null);
    }

    @Override
    public List<Span> setAside(String text, String mediaType, byte[] source) {
        if (!PAGE_TYPES.contains(mediaType)) {
            return List.of();
        }
        return runs(judge(text, mediaType, source));
    }

    /**
     * How each block of a page was judged: its measures, its context-free class (after the
     * furniture evidence), its final class. Empty for a media type that is not a page; every
     * block {@link JusText.Kind#GOOD} for a page without furniture evidence.
     */
    List<Judged> judge(String text, String mediaType, byte[] source) {
        if (!PAGE_TYPES.contains(mediaType)) {
            return List.of();
        }
        boolean html = !mediaType.equals("text/plain");
        HtmlMarkup markup = html && source != null ? HtmlMarkup.of(source, text) : HtmlMarkup.none(text);
        return new Run(text, html, markup).judge();
    }

    /** One block as judged. */
    record Judged(TextBlock block, JusText.Kind contextFree, boolean evidence, JusText.Kind result) {}

    /** Each run of bad blocks, from the first's start to the last's end. */
    private static List<Span> runs(List<Judged> judged) {
        List<Span> out = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (Judged j : judged) {
            if (j.result() == JusText.Kind.BAD) {
                if (runStart < 0) {
                    runStart = j.block().span().start();
                }
                runEnd = j.block().span().end();
            } else if (runStart >= 0) {
                out.add(new Span(runStart, runEnd));
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            out.add(new Span(runStart, runEnd));
        }
        return out;
    }

    /** Reading one page. */
    private final class Run {
        private final String text;
        private final boolean html;
        private final HtmlMarkup markup;
        private final JusTextSettings.Thresholds latin;

        Run(String text, boolean html, HtmlMarkup markup) {
            this.text = text;
            this.html = html;
            this.markup = markup;
            String lang = languages.guess(text);
            this.latin = settings.thresholds(lang.equals("zh") || lang.equals("und") ? "en" : lang);
        }

        List<Judged> judge() {
            List<TextBlock> blocks = blocks();
            List<JusText.Kind> classes = new ArrayList<>();
            boolean[] furniture = new boolean[blocks.size()];
            boolean evidence = false;
            int tableCells = 0; // the cells of the rows of a table of programs being read, 0 outside one
            int rowCells = 0; // the cells read so far of a row broken over lines, 0 between rows
            boolean underLabel = false; // the block before is a field's label or an outline's heading
            boolean leadSeen = false; // a block of running text has been read: a sentence after it is no lead
            for (int i = 0; i < blocks.size(); i++) {
                TextBlock b = blocks.get(i);
                JusText.Kind k = jusText.contextFree(b);
                String s = b.span().of(text);
                boolean marker = cues.marked(s);
                int header = cues.tableHeaderCells(s);
                int cells = PageCues.cellCount(s);
                // a row whose cell holds a line break runs over lines whose cells add up to the header's,
                // the broken cell counted on both lines
                int joined = rowCells > 0 ? rowCells + cells - 1 : cells;
                boolean row = joined == tableCells || joined < tableCells && (rowCells > 0 || cells > 1);
                tableCells = header > 0 ? header : tableCells > 0 && row ? tableCells : 0;
                rowCells = header > 0 || tableCells == 0 || joined == tableCells ? 0 : joined;
                if (tableCells > 0 && b.linkDensity() == 0) {
                    classes.add(JusText.Kind.GOOD); // a table of programs and its header, not a menu
                    continue;
                }
                boolean label = k != JusText.Kind.GOOD && b.linkDensity() == 0
                        && ((k == JusText.Kind.SHORT || b.heading()) && OUTLINE_NUMBER.matcher(s).find() || cues.structural(s));
                if (label
                        || k == JusText.Kind.BAD && b.linkDensity() == 0 && !marker && !menu(s)
                                && (b.length() >= b.thresholds().lengthHigh()
                                        || !leadSeen && b.length() >= b.thresholds().lengthLow() && SENTENCE_END.matcher(s).find())
                        || k != JusText.Kind.GOOD && b.linkDensity() == 0 && !marker && !menu(s) && underLabel) {
                    // a long paragraph without links (a news lead dense with names), a lead's sentence of some length, or the content
                    // under a label ("2. Invited countries" over "Fiji, Samoa, Tonga …"), is text
                    // unless its neighbours say otherwise
                    k = JusText.Kind.NEAR_GOOD;
                }
                // a bulleted list under a label is the label's content item by item
                underLabel = label || underLabel && b.linkDensity() == 0 && LIST_ITEM.matcher(s).find();
                leadSeen |= k == JusText.Kind.GOOD || k == JusText.Kind.NEAR_GOOD && !label;
                if (b.linkDensity() == 0 && cues.tableField(s.strip()) && !marker) {
                    // a row of a notice laid out as a table: "Organizer⇥Ministry of Commerce"; not the
                    // footer's "主办：某研究院 地址：… 邮编：…", which names the site's owner
                    k = JusText.Kind.GOOD;
                }
                classes.add(k);
                boolean linked = b.linkDensity() > settings.maxLinkDensity()
                        || b.linkDensity() > 0 && b.length() < b.thresholds().lengthLow();
                // a marker makes furniture of what is not good text, and of a short line however it
                // reads (a footer's "主办：某研究院 地址：… 邮编：…" reads like a sentence)
                boolean marked = (k != JusText.Kind.GOOD || s.strip().length() <= SHORT_MARKED_LINE) && marker;
                if (linked || marked || menu(s)) {
                    furniture[i] = true;
                    evidence = true;
                }
            }
            evidence |= sections(blocks, classes, furniture);
            for (int i = 0; i < blocks.size(); i++) {
                if (furniture[i]) {
                    classes.set(i, JusText.Kind.BAD);
                }
            }
            List<JusText.Kind> result = evidence ? jusText.classify(blocks, classes)
                    : java.util.Collections.nCopies(blocks.size(), JusText.Kind.GOOD);
            List<Judged> out = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                out.add(new Judged(blocks.get(i), classes.get(i), furniture[i], result.get(i)));
            }
            return out;
        }

        /**
         * Marks the furniture sections that cue headings start; whether there was one. A section
         * runs over the blocks after its heading while they are short or bad (a headline list),
         * or, for a closing heading after the main text has begun, to the end of the page.
         */
        private boolean sections(List<TextBlock> blocks, List<JusText.Kind> classes, boolean[] furniture) {
            boolean any = false;
            boolean mainTextBegun = false;
            for (int i = 0; i < blocks.size(); i++) {
                Optional<Boolean> closing = cues.heading(blocks.get(i).span().of(text));
                if (closing.isEmpty()) {
                    mainTextBegun |= classes.get(i) == JusText.Kind.GOOD;
                    continue;
                }
                any = true;
                furniture[i] = true;
                int j = i + 1;
                if (closing.get() && mainTextBegun) {
                    for (; j < blocks.size(); j++) {
                        furniture[j] = true;
                    }
                } else {
                    for (; j < blocks.size(); j++) {
                        JusText.Kind k = classes.get(j);
                        boolean listItem = (k == JusText.Kind.SHORT || k == JusText.Kind.BAD)
                                && !(html && blocks.get(j).heading())
                                && cues.heading(blocks.get(j).span().of(text)).isEmpty();
                        if (!listItem) {
                            break;
                        }
                        furniture[j] = true;
                    }
                }
                i = j - 1;
            }
            return any;
        }

        /** A line of three or more short items between separators: a menu, a breadcrumb, a ticker. */
        private boolean menu(String s) {
            String[] items = ITEM_SEPARATOR.split(s.strip());
            if (items.length < 3 || java.util.Arrays.stream(items).allMatch(i -> QUOTA.matcher(i).find())) {
                return false; // a row of quotas (印度尼西亚 3名 | 马来西亚 2名 | …) is a table, not a menu
            }
            if (java.util.Arrays.stream(items).filter(i -> LABELLED.matcher(i).find()).count() >= 2) {
                return false; // "Posted: 2 August 2024 | Category: Notices | Views: 418": a post's particulars, not links to follow
            }
            for (String item : items) {
                if (item.isBlank() || item.strip().length() > MENU_ITEM_MAX) {
                    return false;
                }
            }
            return true;
        }

        /** The lines that hold something, each trimmed, with its measures. */
        private List<TextBlock> blocks() {
            List<TextBlock> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    int a = start;
                    int b = i;
                    while (a < b && HtmlMarkup.blank(text.charAt(a))) {
                        a++;
                    }
                    while (b > a && HtmlMarkup.blank(text.charAt(b - 1))) {
                        b--;
                    }
                    if (b > a) {
                        out.add(measure(new Span(a, b)));
                    }
                    start = i + 1;
                }
            }
            return out;
        }

        private TextBlock measure(Span span) {
            String s = span.of(text);
            String collapsed = s.replaceAll("[\\s\\u00A0\\u3000]+", " ");
            int han = 0;
            int letters = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (UnicodeScript.of(c) == UnicodeScript.HAN) {
                        han++;
                    }
                }
            }
            boolean chinese = han > 0 && han >= (letters - han) / 5.0;
            JusTextSettings.Thresholds t = chinese ? settings.thresholds("zh") : latin;
            int tokens = 0;
            int stop = 0;
            var words = WORD.matcher(s);
            while (words.find()) {
                String w = words.group().toLowerCase(Locale.ROOT).replace('’', '\'');
                if (chinese && UnicodeScript.of(w.charAt(0)) == UnicodeScript.HAN) {
                    for (int i = 0; i < w.length(); i++) {
                        tokens++;
                        // either script: 們 and 為 are the function characters 们 and 为
                        if (t.stopwords().contains(String.valueOf(LabelNormalizer.fold(w.charAt(i))))) {
                            stop++;
                        }
                    }
                } else {
                    tokens++;
                    if (t.stopwords().contains(w) || settings.thresholds("en").stopwords().contains(w) && chinese) {
                        stop++;
                    }
                }
            }
            int visible = 0;
            int linked = 0;
            int headingChars = 0;
            for (int i = span.start(); i < span.end(); i++) {
                if (!HtmlMarkup.blank(text.charAt(i))) {
                    visible++;
                    if (markup.isLink(i)) {
                        linked++;
                    }
                    if (markup.isHeading(i)) {
                        headingChars++;
                    }
                }
            }
            double stopDensity = tokens == 0 ? 0 : (double) stop / tokens;
            double linkDensity = visible == 0 ? 0 : (double) linked / visible;
            boolean heading = html && headingChars * 2 > visible;
            return new TextBlock(span, collapsed.length(), stopDensity, linkDensity, heading, t);
        }
    }
}

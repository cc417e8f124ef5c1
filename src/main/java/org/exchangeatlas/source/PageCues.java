package org.exchangeatlas.source;

import static org.exchangeatlas.model.AtlasTerms.CUE;
import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.LabelNormalizer;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The page-structure cues of {@code ontology/vocab/page-furniture.ttl} as the furniture finder
 * uses them: headings that start a furniture section ("Related articles", "Comments (3)",
 * "相关新闻") and markers that make a short block furniture (©, 版权所有, ICP备, ▲); and the field
 * labels of {@code notice-fields.ttl}, whose blocks belong to a document's structure.
 *
 * @param headings a heading's normalized text (see {@link #normalize}) to whether its section
 *                 closes the page (runs to the end)
 * @param markers  the markers, folded by {@link LabelNormalizer}
 * @param fields   the labels of a notice's fields ("Organizer", "主办单位"), normalized: a block that
 *                 opens with one and a colon is part of a document's structure, not furniture
 * @param types    the labels of the kinds of program ("seminar", "training course"), normalized: a
 *                 block that opens with one is a program's title ("Seminar on Port Management for ...")
 */
public record PageCues(Map<String, Boolean> headings, List<String> markers, Set<String> fields, Set<String> types) {
    public static final String SCHEME = scheme("page-furniture");
    public static final String CLOSING = scheme("page-furniture-closing");
    private static final String FIELDS = scheme("notice-fields");
    private static final String TYPES = scheme("program-types");

    public PageCues {
        headings = Map.copyOf(headings);
        markers = List.copyOf(markers);
        fields = Set.copyOf(fields);
        types = Set.copyOf(types);
    }

    /** No cues: only jusText's own evidence (links, stopwords, lengths) counts. */
    public static PageCues none() {
        return new PageCues(Map.of(), List.of(), Set.of(), Set.of());
    }

    /**
     * The cues of the page-furniture scheme (its labels are headings, its {@code atlas:cue}s
     * markers) and the labels of the notice-fields and program-types schemes.
     */
    public static PageCues from(Vocabulary vocabulary) {
        Map<String, Boolean> headings = new HashMap<>();
        List<String> markers = new java.util.ArrayList<>();
        Set<String> fields = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (Vocabulary.Label label : vocabulary.labels()) {
            Optional<Concept> c = vocabulary.concept(label.conceptIri());
            if (c.isPresent() && c.get().inScheme(FIELDS)) {
                fields.add(normalize(label.text()));
            }
            if (c.isPresent() && c.get().inScheme(TYPES)) {
                types.add(normalize(label.text()));
            }
            if (c.isEmpty() || !c.get().inScheme(SCHEME)) {
                continue;
            }
            if (CUE.equals(label.property())) {
                markers.add(LabelNormalizer.fold(label.text()));
            } else {
                String key = normalize(label.text());
                if (!key.isEmpty()) {
                    headings.merge(key, c.get().inScheme(CLOSING), Boolean::logicalOr);
                }
            }
        }
        return new PageCues(headings, markers, fields, types);
    }

    /**
     * Whether a block is a furniture heading: empty if not, else whether its section closes the
     * page.
     */
    public Optional<Boolean> heading(String block) {
        if (block.length() > 60) {
            return Optional.empty();
        }
        return Optional.ofNullable(headings.get(normalize(block)));
    }

    /**
     * Whether a block belongs to a notice's structure: it opens with a field's label and a colon
     * ("Eligible countries: ..."), or with a kind of program, as a title does ("2023 Seminar on ...",
     * "2025 Online Seminar on ...", "Call for Applicants: 2024 International Training Course on …").
     */
    public boolean structural(String block) {
        int colon = block.indexOf(':');
        return opensWithAType(block) || field(block) || colon >= 0 && colon <= 30 && opensWithAType(block.substring(colon + 1));
    }

    /** Whether a kind of program opens a text, after a year and up to two words qualifying it ("International", "Online"). */
    private boolean opensWithAType(String block) {
        String[] words = normalize(block.length() > 80 ? block.substring(0, 80) : block).split(" ");
        for (int skip = 0; skip <= 2 && skip < words.length; skip++) {
            String from = String.join(" ", java.util.Arrays.copyOfRange(words, skip, words.length)) + " ";
            if (types.stream().anyMatch(t -> from.startsWith(t + " "))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a block is a row of a notice laid out as a table: a field's label in one cell, a tab,
     * the value in the next ("Organizer⇥Ministry of Commerce", or "主办单位 | 商务部" in a table written as plain text).
     */
    public boolean tableField(String block) {
        int tab = block.indexOf('\t');
        int bar = block.indexOf(" | ");
        int end = tab > 0 ? tab : bar;
        return end > 0 && end <= 30 && end < block.length() - 1 && fields.contains(normalize(block.substring(0, end).strip()));
    }

    /**
     * The number of cells of a block that is the header of a table of programs: three or more of
     * its cells (between tabs, or " | ") are notice field labels (项目名称 | 承办单位 | 计划人数); else 0.
     */
    public int tableHeaderCells(String block) {
        String[] cells = block.strip().split("\t| \\| ");
        if (cells.length < 3) {
            return 0;
        }
        long labels = java.util.Arrays.stream(cells).filter(c -> fields.contains(normalize(c.strip()))).count();
        return labels >= 3 ? cells.length : 0;
    }

    /** The number of cells of a block split as a table's row is (between tabs, or " | "). */
    public static int cellCount(String block) {
        return block.strip().split("\t| \\| ").length;
    }

    /** Whether a block opens with a notice field's label and a colon ("Eligible countries: ..."). */
    public boolean field(String block) {
        int colon = -1;
        for (int i = 0; i < Math.min(block.length(), 30); i++) {
            if (block.charAt(i) == ':' || block.charAt(i) == '：') {
                colon = i;
                break;
            }
        }
        return colon > 0 && fields.contains(normalize(block.substring(0, colon)));
    }

    /** Whether a block holds a marker. */
    public boolean marked(String block) {
        String folded = LabelNormalizer.fold(block);
        return markers.stream().anyMatch(folded::contains);
    }

    /**
     * A heading's text without what may stand around it: folded, every run of characters other
     * than letters (digits, punctuation, symbols, spaces) made one space, trimmed; so "Comments
     * (3)", "3 comments" and "COMMENTS:" are all "comments".
     */
    static String normalize(String s) {
        String folded = LabelNormalizer.fold(s);
        StringBuilder b = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetter(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip();
    }
}

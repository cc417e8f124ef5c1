package org.exchangeatlas.extract;

import java.util.Optional;
import org.exchangeatlas.model.Digests;
import org.exchangeatlas.vocab.LabelNormalizer;

/**
 * A program's stable key: its year and a digest of its folded title (spaces, quotes and
 * brackets removed), so the same title in a notice and its revision, or on another machine,
 * gives the same program IRI.
 */
public final class ProgramKeys {
    private ProgramKeys() {}

    public static String of(Optional<Integer> year, String title) {
        String folded = LabelNormalizer.fold(title).replaceAll("[\\s《》“”\"「」]", "");
        return year.map(String::valueOf).orElse("undated") + "-" + Digests.prefix(folded, 6);
    }
}

package org.exchangeatlas.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The jusText classifier of Pomikálek (Removal of Boilerplate and Duplicate Content from Web
 * Corpora, PhD thesis, Masaryk University, 2011): a content-density method that tells a page's
 * main text from its boilerplate block by block.
 * <pre>
 * blocks -> context-free class   (bad / short / near-good / good, by link density, length and
 *                                  stopword density: running text has many function words)
 *        -> headings             (a short heading followed closely by good text is near-good)
 *        -> short blocks         (good between good neighbours, bad between bad ones; between a
 *                                  good and a bad one, good only if a near-good stands next to it
 *                                  on the bad side)
 *        -> near-good blocks     (bad only between two bad neighbours)
 *        -> more headings        (a heading judged bad by context is good if good text follows)
 * </pre>
 * A neighbour is the nearest block on that side that is good or bad (short and near-good blocks
 * are passed over); the page's edges count as bad. This class holds only the algorithm; what a
 * block is and what else marks furniture is {@link PageFurnitureFinder}'s business.
 */
public final class JusText {
    /** The classes jusText gives a block. */
    public enum Kind { BAD, SHORT, NEAR_GOOD, GOOD }

    private final JusTextSettings settings;

    public JusText(JusTextSettings settings) {
        this.settings = settings;
    }

    /** The context-free class of a block, by its own measures. */
    public Kind contextFree(TextBlock b) {
        JusTextSettings.Thresholds t = b.thresholds();
        if (b.linkDensity() > settings.maxLinkDensity()) {
            return Kind.BAD;
        }
        if (b.length() < t.lengthLow()) {
            return b.linkDensity() > 0 ? Kind.BAD : Kind.SHORT;
        }
        if (b.stopwordDensity() >= t.stopwordsHigh()) {
            return b.length() > t.lengthHigh() ? Kind.GOOD : Kind.NEAR_GOOD;
        }
        if (b.stopwordDensity() >= t.stopwordsLow()) {
            return Kind.NEAR_GOOD;
        }
        return Kind.BAD;
    }

    /**
     * The final classes: the context-sensitive revision of {@code contextFree} (one class per
     * block, in order), which is only ever {@link Kind#GOOD} or {@link Kind#BAD}.
     */
    public List<Kind> classify(List<TextBlock> blocks, List<Kind> contextFree) {
        int n = blocks.size();
        Kind[] k = contextFree.toArray(new Kind[0]);
        int distance = settings.maxHeadingDistance();
        for (int i = 0; i < n; i++) {
            if (blocks.get(i).heading() && k[i] == Kind.SHORT && goodFollows(blocks, k, i, distance)) {
                k[i] = Kind.NEAR_GOOD;
            }
        }
        Kind[] revised = k.clone();
        for (int i = 0; i < n; i++) {
            if (k[i] != Kind.SHORT) {
                continue;
            }
            Kind prev = neighbour(k, i, -1, true);
            Kind next = neighbour(k, i, +1, true);
            if (prev == Kind.GOOD && next == Kind.GOOD) {
                revised[i] = Kind.GOOD;
            } else if (prev == Kind.BAD && next == Kind.BAD) {
                revised[i] = Kind.BAD;
            } else if (prev == Kind.BAD && neighbour(k, i, -1, false) == Kind.NEAR_GOOD
                    || next == Kind.BAD && neighbour(k, i, +1, false) == Kind.NEAR_GOOD) {
                revised[i] = Kind.GOOD;
            } else {
                revised[i] = Kind.BAD;
            }
        }
        k = revised;
        for (int i = 0; i < n; i++) {
            if (k[i] == Kind.NEAR_GOOD) {
                boolean badBoth = neighbour(k, i, -1, true) == Kind.BAD && neighbour(k, i, +1, true) == Kind.BAD;
                k[i] = badBoth ? Kind.BAD : Kind.GOOD;
            }
        }
        for (int i = 0; i < n; i++) {
            if (blocks.get(i).heading() && k[i] == Kind.BAD && contextFree.get(i) != Kind.BAD
                    && goodFollows(blocks, k, i, distance)) {
                k[i] = Kind.GOOD;
            }
        }
        return new ArrayList<>(List.of(k));
    }

    /** Whether a good block follows block {@code i} within {@code distance} characters. */
    private static boolean goodFollows(List<TextBlock> blocks, Kind[] k, int i, int distance) {
        int d = 0;
        for (int j = i + 1; j < k.length && d <= distance; j++) {
            if (k[j] == Kind.GOOD) {
                return true;
            }
            d += blocks.get(j).length();
        }
        return false;
    }

    /**
     * The nearest good or bad block on one side (also near-good unless {@code ignoreNearGood});
     * {@link Kind#BAD} at the page's edge.
     */
    private static Kind neighbour(Kind[] k, int i, int step, boolean ignoreNearGood) {
        for (int j = i + step; j >= 0 && j < k.length; j += step) {
            if (k[j] == Kind.GOOD || k[j] == Kind.BAD) {
                return k[j];
            }
            if (k[j] == Kind.NEAR_GOOD && !ignoreNearGood) {
                return k[j];
            }
        }
        return Kind.BAD;
    }
}

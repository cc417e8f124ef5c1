package org.exchangeatlas.source;

import static org.exchangeatlas.source.JusText.Kind.BAD;
import static org.exchangeatlas.source.JusText.Kind.GOOD;
import static org.exchangeatlas.source.JusText.Kind.NEAR_GOOD;
import static org.exchangeatlas.source.JusText.Kind.SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * jusText's two passes on blocks given by their measures: the context-free class (length,
 * stopword density, link density) and the context-sensitive revision of short and near-good
 * blocks by their good and bad neighbours (Pomikálek 2011).
 */
class JusTextTest {
    private static final JusTextSettings SETTINGS = JusTextSettings.standard();
    private static final JusText JUSTEXT = new JusText(SETTINGS);
    private static final JusTextSettings.Thresholds EN = SETTINGS.thresholds("en");

    private static TextBlock block(int length, double stopwords, double links, boolean heading) {
        return new TextBlock(new Span(0, length), length, stopwords, links, heading, EN);
    }

    @Test
    void contextFreeClassesFollowTheEnglishThresholds() {
        assertEquals(GOOD, JUSTEXT.contextFree(block(250, 0.40, 0, false)), "long, many stopwords");
        assertEquals(NEAR_GOOD, JUSTEXT.contextFree(block(150, 0.40, 0, false)), "not long enough to be good");
        assertEquals(NEAR_GOOD, JUSTEXT.contextFree(block(250, 0.31, 0, false)), "between the two densities");
        assertEquals(BAD, JUSTEXT.contextFree(block(250, 0.10, 0, false)), "few stopwords: a list of names");
        assertEquals(SHORT, JUSTEXT.contextFree(block(40, 0.50, 0, false)), "under 70 characters");
        assertEquals(BAD, JUSTEXT.contextFree(block(40, 0.50, 0.1, false)), "short with a link");
        assertEquals(BAD, JUSTEXT.contextFree(block(300, 0.50, 0.3, false)), "link text over 20%");
    }

    @Test
    void aShortBlockTakesItsClassFromGoodOrBadNeighbours() {
        List<TextBlock> blocks = List.of(block(250, .4, 0, false), block(30, .5, 0, false), block(250, .4, 0, false),
                block(30, .5, 0, false), block(30, .0, 1, false), block(30, .0, 0, false), block(30, .0, 1, false));
        List<JusText.Kind> cf = classes(blocks);
        assertEquals(List.of(GOOD, SHORT, GOOD, SHORT, BAD, SHORT, BAD), cf);
        // good | short | good | short | bad | short | bad
        assertEquals(List.of(GOOD, GOOD, GOOD, BAD, BAD, BAD, BAD), JUSTEXT.classify(blocks, cf));
    }

    @Test
    void aShortBlockBetweenGoodAndBadIsGoodOnlyBesideANearGoodOnTheBadSide() {
        List<TextBlock> nearGoodBeside = List.of(block(30, 0, 1, false), block(150, .4, 0, false),
                block(30, .5, 0, false), block(250, .4, 0, false));
        assertEquals(List.of(BAD, GOOD, GOOD, GOOD), JUSTEXT.classify(nearGoodBeside, classes(nearGoodBeside)));
        List<TextBlock> badBeside = List.of(block(30, 0, 1, false), block(30, .5, 0, false), block(250, .4, 0, false));
        assertEquals(List.of(BAD, BAD, GOOD), JUSTEXT.classify(badBeside, classes(badBeside)));
    }

    @Test
    void aNearGoodBlockIsBadOnlyBetweenTwoBadNeighboursAndThePageEdgesCountAsBad() {
        List<TextBlock> blocks = List.of(block(150, .4, 0, false), block(30, 0, 1, false), block(150, .4, 0, false),
                block(250, .4, 0, false));
        assertEquals(List.of(BAD, BAD, GOOD, GOOD), JUSTEXT.classify(blocks, classes(blocks)));
    }

    @Test
    void aShortHeadingCloseBeforeGoodTextIsKept() {
        List<TextBlock> blocks = List.of(block(30, 0, 1, false), block(40, .2, 0, true), block(250, .4, 0, false));
        assertEquals(List.of(BAD, GOOD, GOOD), JUSTEXT.classify(blocks, classes(blocks)));
        List<TextBlock> notAHeading = List.of(block(30, 0, 1, false), block(40, .2, 0, false), block(250, .4, 0, false));
        assertEquals(List.of(BAD, BAD, GOOD), JUSTEXT.classify(notAHeading, classes(notAHeading)));
    }

    private static List<JusText.Kind> classes(List<TextBlock> blocks) {
        List<JusText.Kind> out = new ArrayList<>();
        blocks.forEach(b -> out.add(JUSTEXT.contextFree(b)));
        return out;
    }
}

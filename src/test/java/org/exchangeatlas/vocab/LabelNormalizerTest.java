package org.exchangeatlas.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelNormalizerTest {

    @Test
    void traditionalCharactersFoldToSimplifiedOneForOne() {
        String traditional = "商務部主辦、東盟國家哈薩克斯坦研修班開班";
        String folded = LabelNormalizer.fold(traditional);
        assertEquals("商务部主办、东盟国家哈萨克斯坦研修班开班", folded);
        assertEquals(traditional.length(), folded.length());
    }

    @Test
    void simplifiedAndLatinTextKeepTheirFolding() {
        assertEquals("商务部 mofcom-2021", LabelNormalizer.fold("商务部\u3000MOFCOM\u20142021"));
    }
}

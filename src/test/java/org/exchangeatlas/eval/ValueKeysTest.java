package org.exchangeatlas.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ValueKeysTest {
    @Test
    void aTitleWithItsDeliveryBracketIsTheSameName() {
        assertEquals(ValueKeys.foldTitle("2022年东盟国家港口管理研修班"), ValueKeys.foldTitle("“2022年东盟国家港口管理研修班（线上）”"));
        assertEquals(ValueKeys.foldTitle("Seminar on Blockchain for ASEAN Countries"),
                ValueKeys.foldTitle("Seminar on Blockchain for ASEAN Countries (Online)"));
        assertEquals(ValueKeys.foldTitle("2019年東盟國家研修班"), ValueKeys.foldTitle("2019年东盟国家研修班"));
    }

    @Test
    void aBracketInsideTheNameOrALongOneStays() {
        assertNotEquals(ValueKeys.foldTitle("研修班"), ValueKeys.foldTitle("研修班（面向东盟国家海关和港口管理部门的高级官员）"));
        assertNotEquals(ValueKeys.foldTitle("港口研修班"), ValueKeys.foldTitle("港口（第二期）研修班"));
    }
}

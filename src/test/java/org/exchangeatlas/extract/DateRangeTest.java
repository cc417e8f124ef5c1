package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static DateRange read(String s, Integer year) {
        return DateRange.find(s, 0, s.length(), Optional.ofNullable(year)).orElseThrow();
    }

    @Test
    void readsTheCommonShapesOfARange() {
        DateRange a = read("项目时间：2021年9月6日至9月26日（共21天）", null);
        assertEquals(LocalDate.of(2021, 9, 6), a.start());
        assertEquals(LocalDate.of(2021, 9, 26), a.end().orElseThrow());
        assertEquals("2021年9月6日", a.startSpan().of("项目时间：2021年9月6日至9月26日（共21天）"));
        assertEquals("9月26日", a.endSpan().orElseThrow().of("项目时间：2021年9月6日至9月26日（共21天）"));

        DateRange b = read("2018年10月12日至2018年11月1日", null);
        assertEquals(LocalDate.of(2018, 11, 1), b.end().orElseThrow());

        DateRange c = read("2022年3月1日—3月14日", null);
        assertEquals(LocalDate.of(2022, 3, 14), c.end().orElseThrow());

        DateRange d = read("为期21天（2017年6月5日至25日）", null);
        assertEquals(LocalDate.of(2017, 6, 25), d.end().orElseThrow());
        assertEquals("25日", d.endSpan().orElseThrow().of("为期21天（2017年6月5日至25日）"));
    }

    @Test
    void aDateAllInChineseNumerals() {
        DateRange r = read("二〇二五年十月十五日至十一月四日", null);
        assertEquals(LocalDate.of(2025, 10, 15), r.start());
        assertEquals(LocalDate.of(2025, 11, 4), r.end().orElseThrow());
    }

    @Test
    void takesTheProgramYearWhenTheDateHasNone() {
        DateRange r = read("11月15日-11月28日", 2021);
        assertEquals(LocalDate.of(2021, 11, 15), r.start());
        assertEquals(LocalDate.of(2021, 11, 28), r.end().orElseThrow());
    }

    @Test
    void aSingleDayOrAnImpossibleDate() {
        DateRange r = read("2023年5月15日开班", null);
        assertTrue(r.end().isEmpty());
        assertTrue(DateRange.find("2023年2月30日", 0, 10, Optional.empty()).isEmpty());
        assertTrue(DateRange.find("日期待定", 0, 4, Optional.of(2023)).isEmpty());
    }

    @Test
    void readsDaysWrittenInChineseNumerals() {
        String s = "研修班為期十四天，由十一月七日起至十一月二十一日止";
        DateRange r = read(s, 2024);
        assertEquals(LocalDate.of(2024, 11, 7), r.start());
        assertEquals(LocalDate.of(2024, 11, 21), r.end().orElseThrow());
        assertEquals("十一月七日", r.startSpan().of(s));
        assertEquals(10, DateRange.number("十"));
        assertEquals(20, DateRange.number("二十"));
        assertEquals(0, DateRange.number("一二"), "no number of a date");
    }

    @Test
    void theRangeARevisionReplacesIsNotTheCurrentOne() {
        String s = "研修班举办时间由2024年9月10日至9月30日调整为2024年10月15日至11月4日";
        DateRange r = DateRange.findCurrent(s, 0, s.length(), Optional.empty()).orElseThrow();
        assertEquals(LocalDate.of(2024, 10, 15), r.start());
        assertEquals(LocalDate.of(2024, 11, 4), r.end().orElseThrow());
        String planned = "原定于2024年9月10日至9月30日举办";
        assertEquals(Optional.empty(), DateRange.findCurrent(planned, 0, planned.length(), Optional.empty()));
    }
}

package org.exchangeatlas.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.exchangeatlas.vocab.Concept;

/**
 * The texts of a {@link SyntheticProgram}: a Chinese notice (title line
 * {@code [YEAR年][TARGET][ROLE][TOPIC][TYPE][（DELIVERY）]} and numbered fields), its English
 * version, a revised notice (调整通知) that moves its dates, and an HTML page around a notice with
 * the furniture of a ministry site. Stateless; the same program gives the same bytes.
 */
final class NoticeTexts {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private NoticeTexts() {}

    static String chineseTitle(SyntheticProgram p) {
        return p.year() + "年" + chineseTarget(p) + zh(p.role())
                + p.topics().stream().map(NoticeTexts::zh).collect(Collectors.joining("与"))
                + zh(p.type()) + (p.online() ? "（线上）" : "");
    }

    private static String chineseTarget(SyntheticProgram p) {
        String label = zh(p.target());
        return p.group() && !label.endsWith("国家") && !label.endsWith("国") && !label.endsWith("地区") ? label + "国家" : label;
    }

    static String chineseDates(LocalDate start, LocalDate end) {
        String from = start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
        String to = (end.getYear() != start.getYear() ? end.getYear() + "年" : "")
                + end.getMonthValue() + "月" + end.getDayOfMonth() + "日";
        return from + "至" + to;
    }

    static String chineseNotice(SyntheticProgram p) {
        String title = chineseTitle(p);
        StringBuilder b = new StringBuilder();
        b.append("商培函〔").append(p.year()).append("〕").append(100 + p.number() % 900).append("号\n\n");
        b.append("关于举办").append(title).append("的通知\n\n");
        b.append("有关驻外使馆经商处：\n");
        b.append("为分享中国").append(zh(p.topics().get(0))).append("经验，现定于").append(p.year()).append("年")
                .append(p.start().getMonthValue()).append("月举办本期").append(zh(p.type())).append("，有关事项如下。\n\n");
        String[][] fields = {
                {"项目名称", title},
                {"主办单位", zh(p.organizer())},
                {"承办单位", p.host()},
                {"项目时间", chineseDates(p.start(), p.end())},
                {"培训方式", p.online() ? "线上。课程采用视频会议系统实时授课。" : "来华。线下集中授课，并赴地方参观考察。"},
                {"参训国家", chineseTarget(p)},
                {"参训对象", "（一）" + zh(p.role()) + "，具有一定职务；\n（二）年龄在55岁以下，身体健康。"
                        + (p.priorExchangeReport() ? "\n（三）每位学员需提交本国与其他国家在该领域交流合作情况的报告。" : "")},
                {"学员人数", p.participants() + "人"},
                {"课程内容", p.topics().stream().map(t -> "中国" + zh(t) + "的政策与实践").collect(Collectors.joining("；\n"))
                        + "；\n案例教学与交流研讨。"},
                {"其他要求", "请于" + p.start().minusDays(20).getMonthValue() + "月" + p.start().minusDays(20).getDayOfMonth()
                        + "日前将学员报名表报送承办单位。"}};
        for (int i = 0; i < fields.length; i++) {
            b.append(NUMERALS[i]).append("、").append(fields[i][0]).append("\n").append(fields[i][1]).append("\n\n");
        }
        return b.toString();
    }

    /** A notice that moves the program's dates by {@code shiftDays}; the title repeats the program's. */
    static String chineseRevision(SyntheticProgram p, int shiftDays) {
        String title = chineseTitle(p);
        LocalDate start = p.start().plusDays(shiftDays);
        LocalDate end = p.end().plusDays(shiftDays);
        return "商培函〔" + p.year() + "〕" + (100 + (p.number() + 7) % 900) + "号\n\n"
                + "关于调整《" + title + "》举办时间的通知\n\n"
                + "有关驻外使馆经商处：\n"
                + "因课程安排需要，经研究，现对该" + zh(p.type()) + "举办时间作如下调整：\n\n"
                + title + "\n\n"
                + "一、原定时间\n" + chineseDates(p.start(), p.end()) + "\n\n"
                + "二、调整后时间\n" + chineseDates(start, end) + "\n\n"
                + "三、其他事项\n" + zh(p.type()) + "的主办单位、承办单位、培训方式、参训国家及学员要求等均不变。\n\n"
                + "特此通知。\n";
    }

    static String englishTitle(SyntheticProgram p) {
        String topics = p.topics().stream().map(t -> capitalize(en(t))).collect(Collectors.joining(" and "));
        return p.year() + " " + capitalize(en(p.type())) + " on " + topics + " for " + capitalize(en(p.role()))
                + " of " + englishTarget(p) + (p.online() ? " (Online)" : "");
    }

    private static String englishTarget(SyntheticProgram p) {
        String label = en(p.target());
        return p.group() && !label.toLowerCase(Locale.ROOT).endsWith("countries") ? label + " Countries" : label;
    }

    static String englishNotice(SyntheticProgram p) {
        StringBuilder b = new StringBuilder();
        b.append(englishTitle(p)).append("\n\n");
        b.append("To share China's experience in ").append(en(p.topics().get(0))).append(", the ")
                .append(en(p.organizer())).append(" will hold the above ").append(en(p.type())).append(" in ")
                .append(p.year()).append(". Details are as follows.\n\n");
        List<String[]> fields = List.of(
                new String[] {"Organizer", en(p.organizer())},
                new String[] {"Implementing institution", p.hostEnglish()},
                new String[] {"Duration", englishDates(p.start(), p.end())},
                new String[] {"Mode", p.online() ? "online" : "in person in China"},
                new String[] {"Eligible countries", englishTarget(p)},
                new String[] {"Participants", en(p.role()) + " in good health and under 55 years of age."
                        + (p.priorExchangeReport() ? " Each participant shall submit a report detailing their country's"
                        + " prior exchanges and engagements with other foreign countries in this field." : "")},
                new String[] {"Number of participants", Integer.toString(p.participants())},
                new String[] {"Course content", p.topics().stream().map(t -> "China's policies on " + en(t))
                        .collect(Collectors.joining("; ")) + "; case studies and group discussion."});
        for (int i = 0; i < fields.size(); i++) {
            b.append(ROMAN[i]).append(". ").append(fields.get(i)[0]).append(": ").append(fields.get(i)[1]).append("\n\n");
        }
        return b.toString();
    }

    static String englishDates(LocalDate start, LocalDate end) {
        String m1 = start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String m2 = end.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (start.getYear() != end.getYear()) {
            return m1 + " " + start.getDayOfMonth() + ", " + start.getYear() + " to " + m2 + " " + end.getDayOfMonth()
                    + ", " + end.getYear();
        }
        return m1 + " " + start.getDayOfMonth() + " to " + (m1.equals(m2) ? "" : m2 + " ") + end.getDayOfMonth()
                + ", " + end.getYear();
    }

    /** A ministry-site page around {@code notice}: header, menus and a sidebar the build must set aside. */
    static String htmlPage(String title, String notice, String site) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("_通知公告_").append(escape(site)).append("</title>\n</head>\n<body>\n")
                .append("<div class=\"header\"><h1 class=\"site-name\">").append(escape(site)).append("</h1></div>\n")
                .append("<ul class=\"nav\">\n  <li><a href=\"/\">首页</a></li>\n  <li><a href=\"/xwdt/\">新闻动态</a></li>\n")
                .append("  <li class=\"active\"><a href=\"/tzgg/\">通知公告</a></li>\n  <li><a href=\"/lxwm/\">联系我们</a></li>\n</ul>\n")
                .append("<div class=\"main\">\n<div class=\"article\">\n<h2 class=\"article-title\">").append(escape(title))
                .append("</h2>\n<div class=\"article-content\">\n");
        for (String line : notice.split("\n")) {
            if (!line.isBlank()) {
                b.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        b.append("</div>\n</div>\n</div>\n<div class=\"footer\">版权所有：").append(escape(site))
                .append("　地址：北京市东城区　电话：010-00000000</div>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String zh(Concept c) {
        return c.label("zh").orElseThrow();
    }

    private static String en(Concept c) {
        return c.label("en").orElseThrow();
    }

    private static String capitalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char ch : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ';
        }
        return b.toString();
    }
}

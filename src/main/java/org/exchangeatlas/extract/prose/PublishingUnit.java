package org.exchangeatlas.extract.prose;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Document;

/**
 * The institution that publishes a page, for what the page calls 我院, 我校 or "our university":
 * the organization its copyright line names (版权所有, ©, "某学院 主办 地址：…", 主办：某学院　承办：某中心), else its first lines (the site's
 * heading), else its source line (来源：…, which often names a department rather than the site). It is read from the whole text, page furniture
 * included, since headers and footers are where a site names itself. A page that names no
 * institution gets an explicit "publishing unit of FILE" organization: the fact is kept, and
 * never given to a ministry.
 */
public final class PublishingUnit {
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?m)(?:来源|稿源|供稿|发布单位|发布机构|发文机关|信息来源|作者单位|Source|Published by)\\s*[：:]\\s*([^\\n|｜]{2,60})");
    private static final Pattern COPYRIGHT_LINE = Pattern.compile(
            "(?mi)^.*(?:版权所有|版權所有|copyright|©|主办单位[：:]|主辦單位[：:]|(?:主办|主辦)[\\s　]+(?:地址|電話|电话|邮编|郵編)"
            + "|^\\s*(?:主办|主辦)\\s*[：:][^\\n]{2,40}?(?:承办|承辦)\\s*[：:]"
            + "|(?:地址|地址)[：:][^\\n]{2,60}(?:邮编|郵編|电话|電話)[：:]).*$");
    /** An institution's name, then a school or centre of it: 江海关务学院国际培训中心. */
    private static final Pattern INSTITUTION_THEN_UNIT = Pattern.compile(
            "(\\p{IsHan}{2,20}?(?:大学|学院|学校))(\\p{IsHan}{2,14}(?:学院|中心|培训部|研究院))");
    private static final int HEADING_LINES = 4;

    private final OrganizationFinder orgs;

    public PublishingUnit(OrganizationFinder orgs) {
        this.orgs = orgs;
    }

    /** The unit as a value for a fact: a body's IRI, or a name for the resolver. */
    public Value of(Document document) {
        return find(document).map(OrgMention::value).orElseGet(() -> new Value.Name(Value.Name.ORGANIZATION,
                "publishing unit of " + fileName(document.sourcePath())));
    }


    /**
     * What a self-reference stands for on a page published by {@code self}: 我校 is the institution
     * a school's page belongs to (南宁某大学国际教育学院: the university), and so is 我院 when that
     * institution is a college (某职业学院国际交流学院: the college); otherwise the publisher itself
     * (a university's school says 我院 of itself, a centre says 本中心).
     */
    public static Value standsFor(String word, Value self) {
        if (!(self instanceof Value.Name n)) {
            return self; // a body's page: 我委 is the commission, 我院 the academy the body is (商务部研修学院)
        }
        if (speaksAsBody(word)) {
            return NO_ONE; // 我委 on a college's page
        }
        Matcher m = INSTITUTION_THEN_UNIT.matcher(n.name());
        if (!m.matches()) {
            return self;
        }
        String institution = m.group(1);
        boolean school = word.contains("校") || word.contains("院") && institution.endsWith("学院");
        return school ? new Value.Name(Value.Name.ORGANIZATION, institution) : self;
    }

    /** Whether a page's word for itself is a ministry's or commission's (我委, 我部, 我署). */
    public static boolean speaksAsBody(String text) {
        return BODY_SELF.matcher(text).find();
    }

    /** What a self-reference stands for when the page's publisher cannot be it: no organization. */
    public static final Value NO_ONE = new Value.Name(Value.Name.ORGANIZATION, "");
    /** A ministry's or commission's word for itself: 我委, 本部, 我署. */
    private static final Pattern BODY_SELF = Pattern.compile("(?:[我本]委|我部|我署)");

    /** The unit the page names for itself, if it names one. */
    public Optional<OrgMention> find(Document document) {
        String text = document.text();
        Value none = new Value.Name(Value.Name.ORGANIZATION, "");
        Matcher copyright = COPYRIGHT_LINE.matcher(text);
        Optional<OrgMention> last = Optional.empty();
        while (copyright.find()) {
            int address = copyright.group().indexOf("地址");
            int to = address < 0 ? copyright.end() : copyright.start() + address; // 地址：某市大学东路: a street, not the site
            Optional<OrgMention> o = first(text, copyright.start(), to, none);
            last = o.isPresent() ? o : last;
        }
        if (last.isPresent()) {
            return last;
        }
        int lines = 0;
        int start = 0;
        while (start < text.length() && lines < HEADING_LINES) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!text.substring(start, end).isBlank()) {
                Optional<OrgMention> o = first(text, start, end, none);
                if (o.isPresent()) {
                    return o;
                }
                lines++;
            }
            start = end + 1;
        }
        Matcher source = SOURCE_LINE.matcher(text);
        while (source.find()) {
            Optional<OrgMention> o = first(text, source.start(1), source.end(1), none);
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    private Optional<OrgMention> first(String text, int from, int to, Value none) {
        List<OrgMention> found = orgs.find(text, from, to, none);
        return found.stream().filter(o -> !(o.value() instanceof Value.Name n && n.name().isEmpty())).findFirst();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

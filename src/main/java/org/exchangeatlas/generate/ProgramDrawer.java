package org.exchangeatlas.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Draws {@link SyntheticProgram}s from the vocabularies with skewed, roughly realistic
 * distributions: the Ministry of Commerce runs most programs; years 2016 to 2024, most of them
 * 2019 to 2022, online in the pandemic years; a little over half bilateral; a few topics, roles
 * and countries far commoner than the rest. The order of every list is fixed (sorted IRIs, then a
 * shuffle by the seed), so a seed gives the same programs on every machine.
 */
final class ProgramDrawer {
    static final String SCHEME = "https://w3id.org/exchange-atlas/id/scheme/";
    static final String MOFCOM = "https://w3id.org/exchange-atlas/id/body/mofcom";

    /** Made-up host units: a place and a kind of institution (names, not vocabulary facts). */
    private static final String[][] PLACES = {{"北京", "Beijing"}, {"上海", "Shanghai"}, {"广西", "Guangxi"},
            {"云南", "Yunnan"}, {"黑龙江省", "Heilongjiang"}, {"新疆", "Xinjiang"}, {"江苏省", "Jiangsu"},
            {"浙江省", "Zhejiang"}, {"四川省", "Sichuan"}, {"湖北省", "Hubei"}, {"福建省", "Fujian"}, {"天津", "Tianjin"}};
    private static final String[][] KINDS = {{"对外经贸培训中心", "Foreign Trade Training Centre"},
            {"国际商务研修院", "Institute of International Business"}, {"行政学院", "Academy of Governance"},
            {"国际交流中心", "International Exchange Centre"}, {"职业技术学院", "Vocational and Technical College"}};
    private static final int[] YEAR_WEIGHTS = {4, 5, 6, 8, 10, 12, 11, 8, 6}; // 2016 .. 2024

    private final Skew<Concept> bodies;
    private final Skew<Concept> countries;
    private final Skew<Concept> groups;
    private final Skew<Concept> roles;
    private final Skew<Concept> topics;
    private final Skew<Concept> types;
    private final Concept mofcom;

    ProgramDrawer(Vocabulary vocab, Random order) {
        List<Concept> bodyList = scheme(vocab, "bodies", order);
        this.mofcom = vocab.concept(MOFCOM).orElseThrow(() -> new IllegalStateException("no " + MOFCOM));
        bodyList.remove(mofcom);
        this.bodies = new Skew<>(bodyList, 1.1);
        List<Concept> countryList = scheme(vocab, "countries", order);
        vocab.homeCountry().flatMap(vocab::concept).ifPresent(countryList::remove);
        countryList.removeIf(c -> c.label("zh").isEmpty() || c.label("en").isEmpty());
        this.countries = new Skew<>(countryList, 0.9);
        this.groups = new Skew<>(scheme(vocab, "groups", order), 0.8);
        this.roles = new Skew<>(scheme(vocab, "roles", order), 1.0);
        this.topics = new Skew<>(scheme(vocab, "topics", order), 0.9);
        this.types = new Skew<>(scheme(vocab, "program-types", order), 1.4);
    }

    /** The concepts of one scheme with a Chinese and an English label, in an order shuffled by {@code order}. */
    private static List<Concept> scheme(Vocabulary vocab, String name, Random order) {
        Set<String> iris = new LinkedHashSet<>();
        vocab.labels().forEach(l -> iris.add(l.conceptIri()));
        List<Concept> out = new ArrayList<>();
        iris.stream().sorted().forEach(iri -> vocab.concept(iri)
                .filter(c -> c.inScheme(SCHEME + name))
                .filter(c -> c.label("zh").isPresent() && c.label("en").isPresent())
                .ifPresent(out::add));
        if (out.isEmpty()) {
            throw new IllegalStateException("the vocabulary has no concepts in scheme " + name);
        }
        Collections.shuffle(out, order);
        return out;
    }

    SyntheticProgram draw(int number, Random r) {
        int year = 2016 + weighted(YEAR_WEIGHTS, r);
        Concept organizer = r.nextDouble() < 0.6 ? mofcom : bodies.draw(r);
        String[] place = PLACES[r.nextInt(PLACES.length)];
        String[] kind = KINDS[r.nextInt(KINDS.length)];
        boolean group = r.nextDouble() < 0.45;
        Concept target = group ? groups.draw(r) : countries.draw(r);
        List<Concept> topicList = new ArrayList<>(List.of(topics.draw(r)));
        if (r.nextDouble() < 0.3) {
            Concept second = topics.draw(r);
            if (!topicList.contains(second)) {
                topicList.add(second);
            }
        }
        boolean online = year >= 2020 && year <= 2022 ? r.nextDouble() < 0.85 : r.nextDouble() < 0.1;
        LocalDate start = LocalDate.of(year, 3 + r.nextInt(9), 1 + r.nextInt(20));
        LocalDate end = start.plusDays(6 + r.nextInt(22));
        return new SyntheticProgram(number, year, organizer, place[0] + kind[0], place[1] + " " + kind[1], target,
                group, roles.draw(r), topicList, types.draw(r), online, start, end, 15 + r.nextInt(46),
                r.nextDouble() < 0.12);
    }

    private static int weighted(int[] weights, Random r) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int u = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

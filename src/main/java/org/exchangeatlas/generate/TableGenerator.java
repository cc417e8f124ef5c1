package org.exchangeatlas.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Writes one large table of coded records for the table benchmark: {@code programs.csv}, one
 * program a row (title, target country by ISO code, topic by id, start date, which gives the
 * year; a million rows stay under the largest file read), and its
 * mapping {@code programs.mapping.json}. Every value is one the vocabularies know, so every row
 * reads without a problem; rows are written one at a time, so a million rows take no memory. The
 * same seed gives a byte-identical table.
 */
public final class TableGenerator {
    /** The table's file name; its mapping is beside it. */
    public static final String FILE = "programs.csv";
    private static final String MAPPING = "{\"title\": \"title\", \"targetCountry\": \"country\","
            + " \"topic\": \"topic\", \"startDate\": \"start\"}\n";

    private final List<String> countries;
    private final List<String> topics;

    public TableGenerator(Vocabulary vocabulary) {
        TreeSet<String> codes = new TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            if (vocabulary.concept(AtlasTerms.id("country", code)).isPresent()
                    && vocabulary.homeCountry().filter(AtlasTerms.id("country", code)::equals).isEmpty()) {
                codes.add(code);
            }
        }
        this.countries = List.copyOf(codes);
        String topicPrefix = AtlasTerms.id("topic", "");
        this.topics = List.copyOf(vocabulary.labels().stream().map(Vocabulary.Label::conceptIri)
                .filter(iri -> iri.startsWith(topicPrefix)).map(iri -> iri.substring(topicPrefix.length()))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        if (countries.isEmpty() || topics.isEmpty()) {
            throw new IllegalStateException("the vocabularies hold no countries or no topics");
        }
    }

    /** What was written. */
    public record Written(Path table, int rows, long bytes) {}

    /** Writes {@code rows} rows and the mapping into {@code dir} (created if absent). */
    public Written write(int rows, long seed, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path table = dir.resolve(FILE);
        Random random = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
            w.write("title,country,topic,start\n");
            for (int i = 1; i <= rows; i++) {
                int year = 2000 + random.nextInt(25);
                String country = countries.get(random.nextInt(countries.size()));
                String topic = topics.get(random.nextInt(topics.size()));
                String start = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                w.write(String.format(Locale.ROOT, "Seminar %d,%s,%s,%s\n", i, country, topic, start));
            }
        }
        Files.writeString(dir.resolve(FILE.replace(".csv", ".mapping.json")), MAPPING, StandardCharsets.UTF_8);
        return new Written(table, rows, Files.size(table));
    }
}

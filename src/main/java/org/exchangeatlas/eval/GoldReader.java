package org.exchangeatlas.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.exchangeatlas.source.DocumentKinds;

/**
 * Reads a gold file ({@code eval/README.md}) with Jackson and checks it as it goes, so that every
 * mistake an analyst can make is one line naming the file and the place: {@code
 * a.txt.gold.json: programs[0]: unknown field 'topic' (fields: organizer, ...)}. Every field takes
 * one value or a list of them.
 */
public final class GoldReader {
    /** Added to a document's file name to name its gold file. */
    public static final String SUFFIX = DocumentKinds.GOLD_SUFFIX;
    private static final Set<String> TOP_KEYS = Set.of("genre", "note", "programs", "engagedWith", "absent");
    private static final String FIELDS = Arrays.stream(Field.values()).filter(Field::ofProgram).map(Field::key)
            .collect(Collectors.joining(", "));

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Reads {@code path}, whose document is {@code path} without {@link #SUFFIX}. */
    public GoldFile read(Path path) throws EvalException {
        JsonNode root;
        try {
            root = json.readTree(Files.readString(path));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw error(path, "not JSON" + (at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse("").replaceAll("\\s*\\(start marker at .*$", ""));
        } catch (IOException e) {
            throw error(path, "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw error(path, "not a JSON object");
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String k = keys.next();
            if (!TOP_KEYS.contains(k)) {
                throw error(path, "unknown key '" + k + "' (keys: genre, note, programs, engagedWith, absent)");
            }
        }
        String genre = root.hasNonNull("genre") ? text(path, "genre", root.get("genre")) : "unspecified";
        List<GoldProgram> programs = new ArrayList<>();
        List<JsonNode> ps = array(path, "programs", root.get("programs"));
        for (int i = 0; i < ps.size(); i++) {
            programs.add(program(path, i, ps.get(i)));
        }
        List<GoldEngagement> engaged = new ArrayList<>();
        List<JsonNode> es = array(path, "engagedWith", root.get("engagedWith"));
        for (int i = 0; i < es.size(); i++) {
            engaged.add(engagement(path, "engagedWith[" + i + "]", es.get(i)));
        }
        List<GoldAbsent> absent = new ArrayList<>();
        List<JsonNode> as = array(path, "absent", root.get("absent"));
        for (int i = 0; i < as.size(); i++) {
            absent.add(absent(path, "absent[" + i + "]", as.get(i)));
        }
        String name = path.getFileName().toString();
        return new GoldFile(path, path.resolveSibling(name.substring(0, name.length() - SUFFIX.length())), genre,
                programs, engaged, absent);
    }

    private GoldProgram program(Path path, int index, JsonNode node) throws EvalException {
        String where = "programs[" + index + "]";
        if (!node.isObject()) {
            throw error(path, where + ": not a JSON object");
        }
        Map<Field, List<String>> values = new EnumMap<>(Field.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Field field = Field.byKey(e.getKey()).filter(Field::ofProgram).orElseThrow(() ->
                    error(path, where + ": unknown field '" + e.getKey() + "' (fields: " + FIELDS + ")"));
            List<String> vs = new ArrayList<>();
            for (JsonNode v : array(path, where + "." + field.key(), e.getValue(), true)) {
                vs.add(value(path, where + "." + field.key(), field, v));
            }
            values.put(field, vs);
        }
        return new GoldProgram(index, values);
    }

    private GoldEngagement engagement(Path path, String where, JsonNode node) throws EvalException {
        if (!node.isObject() || !node.hasNonNull("body") || !node.hasNonNull("country") || node.size() != 2) {
            throw error(path, where + ": not an object with a \"body\" and a \"country\"");
        }
        return new GoldEngagement(text(path, where + ".body", node.get("body")),
                text(path, where + ".country", node.get("country")));
    }

    private GoldAbsent absent(Path path, String where, JsonNode node) throws EvalException {
        if (!node.isObject() || !node.hasNonNull("field") || !node.has("value") || node.size() != 2) {
            throw error(path, where + ": not an object with a \"field\" and a \"value\"");
        }
        String key = text(path, where + ".field", node.get("field"));
        Field field = Field.byKey(key).orElseThrow(() -> error(path, where + ": unknown field '" + key
                + "' (fields: " + FIELDS + ", engagedWith)"));
        if (field == Field.ENGAGED_WITH) {
            return new GoldAbsent(field, null, engagement(path, where + ".value", node.get("value")));
        }
        return new GoldAbsent(field, value(path, where + ".value", field, node.get("value")), null);
    }

    private static String value(Path path, String where, Field field, JsonNode v) throws EvalException {
        switch (field.kind()) {
            case NUMBER -> {
                if (v.isIntegralNumber() || v.isTextual() && v.asText().strip().matches("\\d+")) {
                    return v.asText().strip();
                }
                throw error(path, where + ": " + v + " is not a whole number");
            }
            case DATE -> {
                String s = text(path, where, v);
                try {
                    return LocalDate.parse(s).toString();
                } catch (DateTimeParseException e) {
                    throw error(path, where + ": '" + s + "' is not a date (YYYY-MM-DD)");
                }
            }
            default -> {
                return text(path, where, v);
            }
        }
    }

    private static String text(Path path, String where, JsonNode v) throws EvalException {
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw error(path, where + ": " + v + " is not a non-empty string");
        }
        return v.asText().strip();
    }

    private static List<JsonNode> array(Path path, String where, JsonNode node) throws EvalException {
        return array(path, where, node, false);
    }

    /** The elements of an array (none for a missing or null value); a single value, when allowed, as a list of one. */
    private static List<JsonNode> array(Path path, String where, JsonNode node, boolean singleAllowed)
            throws EvalException {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (singleAllowed) {
            out.add(node);
        } else {
            throw error(path, where + ": not a JSON array");
        }
        return out;
    }

    private static EvalException error(Path path, String reason) {
        return new EvalException(path + ": " + reason);
    }
}

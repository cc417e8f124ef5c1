package org.exchangeatlas.extract.coded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.source.TableTextReader;

/**
 * The mapping of one coded table, read from {@code NAME.mapping.json} beside {@code NAME.csv}
 * (or {@code .json}, {@code .jsonl}): which columns feed which property of a program, so that the
 * column names of one dataset stay data, not code. A JSON object whose keys are
 * {@link MappedProperty} names and whose values are a column name, a list of column names, or
 * {@code {"column": NAME, "split": SEP}} / {@code {"columns": [NAMES], "split": SEP}}:
 * <pre>
 * { "title": "program_title", "year": "yr", "organizer": "ministry",
 *   "targetCountry": {"column": "countries", "split": ";"} }
 * </pre>
 * {@code title} is required; a key starting with {@code $} is a comment. Every error is the
 * reason the table cannot be read ({@link UnreadableDocumentException}), naming the mapping file.
 *
 * @param fileName the mapping file's name, for messages
 * @param mappings one per property named, in the file's order
 */
public record MappingFile(String fileName, List<ColumnMapping> mappings) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    public MappingFile {
        mappings = List.copyOf(mappings);
    }

    /** The mapping's file name for a table's file name: {@code programs.csv} → {@code programs.mapping.json}. */
    public static String nameFor(String tableFileName) {
        return TableTextReader.mappingFileFor(tableFileName);
    }

    /** Reads the mapping beside the table at {@code table}. */
    public static MappingFile beside(Path table) {
        String name = nameFor(table.getFileName().toString());
        Path file = table.resolveSibling(name);
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException("no mapping file " + name + " beside it");
        }
        try {
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnreadableDocumentException("mapping file " + name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses a mapping file's text. */
    public static MappingFile parse(String fileName, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new UnreadableDocumentException("mapping file " + fileName + ": not valid JSON: " + where
                    + JsonTable.reason(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableDocumentException("mapping file " + fileName + ": not a JSON object of property: column");
        }
        Map<MappedProperty, ColumnMapping> mappings = new EnumMap<>(MappedProperty.class);
        List<ColumnMapping> ordered = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("$")) {
                continue;
            }
            MappedProperty property = MappedProperty.named(e.getKey()).orElseThrow(() -> new UnreadableDocumentException(
                    "mapping file " + fileName + ": no property \"" + e.getKey() + "\" (known: " + MappedProperty.names() + ")"));
            ColumnMapping m = columns(fileName, property, e.getValue());
            mappings.put(property, m);
            ordered.add(m);
        }
        if (!mappings.containsKey(MappedProperty.TITLE)) {
            throw new UnreadableDocumentException("mapping file " + fileName + ": no column for \"title\"");
        }
        return new MappingFile(fileName, ordered);
    }

    private static ColumnMapping columns(String fileName, MappedProperty property, JsonNode spec) {
        List<String> columns = new ArrayList<>();
        Optional<String> split = Optional.empty();
        JsonNode names = spec;
        if (spec.isObject()) {
            names = spec.has("columns") ? spec.get("columns") : spec.get("column");
            JsonNode sep = spec.get("split");
            if (sep != null) {
                if (!sep.isTextual() || sep.asText().isEmpty()) {
                    throw bad(fileName, property, "\"split\" must be a non-empty string");
                }
                split = Optional.of(sep.asText());
            }
        }
        if (names != null && names.isTextual()) {
            columns.add(names.asText());
        } else if (names != null && names.isArray()) {
            names.forEach(n -> columns.add(n.isTextual() ? n.asText() : ""));
        }
        if (columns.isEmpty() || columns.stream().anyMatch(String::isBlank)) {
            throw bad(fileName, property, "give a column name, a list of names, or {\"column\": NAME, \"split\": SEP}");
        }
        if (property.kind().single() && (columns.size() > 1 || split.isPresent())) {
            throw bad(fileName, property, "takes one value: one column, no \"split\"");
        }
        return new ColumnMapping(property, columns, split);
    }

    private static UnreadableDocumentException bad(String fileName, MappedProperty p, String what) {
        return new UnreadableDocumentException("mapping file " + fileName + ": \"" + p.mappingName() + "\": " + what);
    }

    /** The mapping of {@code property}, if the file has one. */
    public Optional<ColumnMapping> of(MappedProperty property) {
        return mappings.stream().filter(m -> m.property() == property).findFirst();
    }

    /** Checks that every column the mapping names is one of the table's. */
    public void checkAgainst(List<String> tableColumns) {
        for (ColumnMapping m : mappings) {
            for (String c : m.columns()) {
                if (!tableColumns.contains(c)) {
                    throw new UnreadableDocumentException("mapping file " + fileName + " names column \"" + c
                            + "\" (for " + m.property().mappingName() + "), which the table does not have");
                }
            }
        }
    }
}

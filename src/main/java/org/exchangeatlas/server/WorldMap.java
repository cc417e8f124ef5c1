package org.exchangeatlas.server;

import static org.exchangeatlas.model.AtlasTerms.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.model.AtlasNodes;

/**
 * The world map of the explorer: the GeoJSON countries of {@code web/geo/world.json} (the build
 * copies it from the ECharts 4 WebJar; ECharts 5 ships none), each feature given
 * {@code properties.iso}, the ISO 3166-1 alpha-2 code of the country whose English label (any
 * {@code skos:prefLabel}, {@code altLabel} or {@code hiddenLabel}) is the feature's name, or, for
 * Natural Earth's abbreviated names, the code {@code map-names.tsv} gives. The explorer colours
 * features by code, so the counts it gets from SPARQL land on the right shapes.
 */
final class WorldMap {
    static final String GEOJSON = "web/geo/world.json";
    static final String NAMES = "org/exchangeatlas/server/map-names.tsv";

    private WorldMap() {}

    /** The map as JSON bytes, with codes; call inside a read transaction. */
    static byte[] withCodes(DatasetGraph dsg) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode map;
        try (InputStream in = resource(GEOJSON)) {
            map = json.readTree(in);
        }
        Map<String, String> codes = codesByName(dsg.getUnionGraph());
        for (JsonNode feature : map.path("features")) {
            JsonNode properties = feature.path("properties");
            String name = properties.path("name").asText("");
            String code = codes.get(name.toLowerCase(Locale.ROOT));
            if (code != null && properties instanceof ObjectNode p) {
                p.put("iso", code);
            }
        }
        return json.writeValueAsBytes(map);
    }

    /** Lower-cased English names to alpha-2 codes: the countries' labels, then the map's own abbreviations. */
    static Map<String, String> codesByName(Graph union) throws IOException {
        Map<String, String> codes = new HashMap<>();
        Node alpha2 = AtlasNodes.ISO_ALPHA2;
        union.find(Node.ANY, alpha2, Node.ANY).forEachRemaining(t -> {
            String code = t.getObject().getLiteralLexicalForm();
            for (String p : new String[] {SKOS_PREF_LABEL, SKOS_ALT_LABEL, SKOS_HIDDEN_LABEL}) {
                union.find(t.getSubject(), AtlasNodes.iri(p), Node.ANY).forEachRemaining(l -> {
                    Node label = l.getObject();
                    if (label.isLiteral() && label.getLiteralLanguage().startsWith("en")) {
                        codes.putIfAbsent(label.getLiteralLexicalForm().toLowerCase(Locale.ROOT), code);
                    }
                });
            }
        });
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(NAMES), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .filter(cols -> cols.length == 2)
                    .forEach(cols -> codes.put(cols[0].toLowerCase(Locale.ROOT), cols[1].strip()));
        }
        return codes;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = WorldMap.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + ": not on the class path (the build copies it)");
        }
        return in;
    }
}

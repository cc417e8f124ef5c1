package org.exchangeatlas.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.exchangeatlas.model.Namespaces;

/** The prefixes written in exports and CONSTRUCT results, in the formats that have prefixes. */
final class Prefixes {
    /** Prefix to namespace, in the order they are written. */
    static final Map<String, String> STANDARD = Namespaces.STANDARD;

    private Prefixes() {}

    static PrefixMap prefixMap() {
        PrefixMap pm = PrefixMapFactory.create();
        STANDARD.forEach(pm::add);
        return pm;
    }

    static PrefixMapping prefixMapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(STANDARD).lock();
    }

    /** Sends {@code first} (a query's own prefixes, say), then the standard prefixes not yet named, to a writer. */
    static void declare(StreamRDF out, Map<String, String> first) {
        Map<String, String> all = new LinkedHashMap<>(first);
        STANDARD.forEach(all::putIfAbsent);
        all.forEach(out::prefix);
    }

    static void declare(StreamRDF out) {
        declare(out, Map.of());
    }
}

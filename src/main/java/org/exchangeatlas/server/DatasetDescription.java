package org.exchangeatlas.server;

import static org.exchangeatlas.model.AtlasNodes.iri;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.exchangeatlas.model.AtlasNodes;

/**
 * The dataset described for search engines and catalogues, in VoID and DCAT: one
 * {@code void:Dataset} and {@code dcat:Dataset} with its counts (triples, entities, classes,
 * properties, distinct subjects and objects, documents), a class partition per class, the
 * vocabularies it uses, example resources, its URI space, the SPARQL endpoint and three
 * distributions (the endpoint; the union graph as Turtle and every named graph as N-Quads, both
 * through the Graph Store Protocol). Counted from the union graph in one pass; call inside a read
 * transaction.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    /** The name under which Fuseki's Graph Store Protocol gives the union of the named graphs. */
    static final String UNION_GRAPH = "urn:x-arq:UnionGraph";

    /** The vocabularies the graph's terms come from. */
    static final List<String> VOCABULARIES = List.of(NS, SKOS, ORG, PROV, OA, DCTERMS);

    /** The counts VoID states. */
    record Counts(long triples, long entities, long classes, long properties, long distinctSubjects,
                  long distinctObjects, long documents, Map<Node, Long> classInstances) {}

    private DatasetDescription() {}

    static Counts count(DatasetGraph dsg) {
        Graph union = dsg.getUnionGraph();
        Node type = AtlasNodes.RDF_TYPE;
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> predicates = new HashSet<>();
        Map<Node, Set<Node>> instances = new HashMap<>();
        long[] triples = {0};
        union.find().forEachRemaining(t -> {
            triples[0]++;
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            predicates.add(t.getPredicate());
            if (t.getPredicate().equals(type)) {
                instances.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            }
        });
        long entities = subjects.stream().filter(s -> s.isURI() && s.getURI().startsWith(ID)).count();
        Map<Node, Long> perClass = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        instances.forEach((cls, members) -> perClass.put(cls, (long) members.size()));
        Set<Node> documents = instances.getOrDefault(AtlasNodes.DOCUMENT, Set.of());
        return new Counts(triples[0], entities, instances.size(), predicates.size(), subjects.size(), objects.size(),
                documents.size(), perClass);
    }

    /**
     * The description of the dataset served at {@code base} (ending in {@code /}), with example
     * resources picked from the data: the first program, and the organizer and the target country
     * named by the most programs.
     */
    static Graph describe(DatasetGraph dsg, Counts counts, URI base) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = iri(base.resolve(VoidServlet.PATH.substring(1)) + "#dataset");
        Node sparql = iri(base.resolve(SparqlService.PATH.substring(1)).toString());
        Node dump = iri(base.resolve(SparqlService.PATH.substring(1)) + "?graph=" + UNION_GRAPH);
        Node type = AtlasNodes.RDF_TYPE;
        g.add(dataset, type, iri(VOID + "Dataset"));
        g.add(dataset, type, iri(DCAT + "Dataset"));
        g.add(dataset, iri(DCTERMS + "title"), NodeFactory.createLiteralLang("Exchange Atlas", "en"));
        g.add(dataset, iri(DCTERMS + "description"), NodeFactory.createLiteralLang(
                "A cited knowledge graph of Chinese government training and exchange programs for foreign officials: "
                        + "programs, the bodies that organize and host them, the groups and countries they target, "
                        + "their topics and requirements; every stated fact cites the passage of the document that states it.",
                "en"));
        g.add(dataset, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(ID));
        g.add(dataset, iri(VOID + "sparqlEndpoint"), sparql);
        g.add(dataset, iri(VOID + "dataDump"), dump);
        count(g, dataset, "triples", counts.triples());
        count(g, dataset, "entities", counts.entities());
        count(g, dataset, "classes", counts.classes());
        count(g, dataset, "properties", counts.properties());
        count(g, dataset, "distinctSubjects", counts.distinctSubjects());
        count(g, dataset, "distinctObjects", counts.distinctObjects());
        count(g, dataset, "documents", counts.documents());
        for (String vocabulary : VOCABULARIES) {
            g.add(dataset, iri(VOID + "vocabulary"), iri(vocabulary));
        }
        counts.classInstances().forEach((cls, n) -> {
            if (cls.isURI()) {
                Node partition = iri(base.resolve(VoidServlet.PATH.substring(1)) + "#class-" + shortName(cls));
                g.add(dataset, iri(VOID + "classPartition"), partition);
                g.add(partition, iri(VOID + "class"), cls);
                count(g, partition, "entities", n);
            }
        });
        for (Node example : examples(dsg)) {
            g.add(dataset, iri(VOID + "exampleResource"), example);
        }
        distribution(g, dataset, base, "sparql", "The SPARQL 1.1 endpoint", null, null, sparql);
        distribution(g, dataset, base, "turtle", "The union of all graphs, in Turtle (Graph Store Protocol)", dump,
                "text/turtle", sparql);
        distribution(g, dataset, base, "nquads", "Every named graph, in N-Quads (Graph Store Protocol, the dataset)",
                sparql, "application/n-quads", sparql);
        return g;
    }

    /** {@code prefix-local} for a class IRI in a known namespace, else its local name. */
    private static String shortName(Node cls) {
        String iri = cls.getURI();
        for (Map.Entry<String, String> e : RdfResponses.PREFIXES.entrySet()) {
            if (iri.startsWith(e.getValue())) {
                return e.getKey() + "-" + iri.substring(e.getValue().length());
            }
        }
        return Labels.localName(cls);
    }

    private static void distribution(Graph g, Node dataset, URI base, String name, String title, Node download,
                                     String mediaType, Node sparql) {
        Node d = iri(base.resolve(VoidServlet.PATH.substring(1)) + "#distribution-" + name);
        g.add(dataset, iri(DCAT + "distribution"), d);
        g.add(d, AtlasNodes.RDF_TYPE, iri(DCAT + "Distribution"));
        g.add(d, iri(DCTERMS + "title"), NodeFactory.createLiteralLang(title, "en"));
        if (download == null) {
            Node service = iri(base.resolve(VoidServlet.PATH.substring(1)) + "#sparql-service");
            g.add(d, iri(DCAT + "accessURL"), sparql);
            g.add(d, iri(DCAT + "accessService"), service);
            g.add(service, AtlasNodes.RDF_TYPE, iri(DCAT + "DataService"));
            g.add(service, iri(DCAT + "endpointURL"), sparql);
            g.add(service, iri(DCTERMS + "conformsTo"), iri("https://www.w3.org/TR/sparql11-protocol/"));
            g.add(d, iri(DCAT + "mediaType"), iri("https://www.iana.org/assignments/media-types/application/sparql-results+json"));
        } else {
            g.add(d, iri(DCAT + "downloadURL"), download);
            g.add(d, iri(DCAT + "accessURL"), download);
            g.add(d, iri(DCAT + "mediaType"), iri("https://www.iana.org/assignments/media-types/" + mediaType));
        }
    }

    private static List<Node> examples(DatasetGraph dsg) {
        Graph union = dsg.getUnionGraph();
        Node first = null;
        for (var it = union.find(Node.ANY, AtlasNodes.RDF_TYPE, AtlasNodes.PROGRAM); it.hasNext(); ) {
            Node p = it.next().getSubject();
            if (p.isURI() && (first == null || p.getURI().compareTo(first.getURI()) < 0)) {
                first = p;
            }
        }
        List<Node> out = new java.util.ArrayList<>();
        if (first != null) {
            out.add(first);
        }
        mostNamed(union, ORGANIZER).ifPresent(out::add);
        mostNamed(union, TARGET_COUNTRY).ifPresent(out::add);
        return out;
    }

    /** The object of {@code property} that most subjects name; ties go to the lexically first IRI. */
    private static java.util.Optional<Node> mostNamed(Graph union, String property) {
        Map<Node, Set<Node>> subjects = new HashMap<>();
        union.find(Node.ANY, AtlasNodes.iri(property), Node.ANY).forEachRemaining((Triple t) -> {
            if (t.getObject().isURI()) {
                subjects.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            }
        });
        return subjects.entrySet().stream()
                .sorted((a, b) -> a.getValue().size() != b.getValue().size()
                        ? Integer.compare(b.getValue().size(), a.getValue().size())
                        : a.getKey().getURI().compareTo(b.getKey().getURI()))
                .map(Map.Entry::getKey).findFirst();
    }

    private static void count(Graph g, Node s, String property, long n) {
        g.add(s, iri(VOID + property), NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }

}

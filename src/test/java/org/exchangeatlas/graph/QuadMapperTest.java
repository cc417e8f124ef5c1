package org.exchangeatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.model.Claim;
import org.exchangeatlas.model.Claims;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.Span;
import org.junit.jupiter.api.Test;

/**
 * Records to quads: one graph per document, named by its SHA-256, holding the document node, the
 * program, its facts and one claim per fact whose selector quotes the passage exactly.
 */
class QuadMapperTest {
    private static final String TEXT = "关于举办2022年数字经济研修班的通知";
    private static final String SHA = "ab".repeat(32);
    private static final String G = "https://w3id.org/exchange-atlas/id/document/" + SHA;
    private static final String P = "https://w3id.org/exchange-atlas/id/program/2022-digital";

    private static List<Quad> map() {
        Document doc = new Document(SHA, "notices/test.txt", "text/plain", TEXT, "zh");
        QuadBuffer buffer = new QuadBuffer();
        QuadMapper mapper = new QuadMapper(buffer, new LanguageGuesser(), "1.2.3");
        mapper.startDocument(doc);
        mapper.program(new ProgramRecord("2022-digital", TEXT, "zh", null, new Span(0, TEXT.length())));
        mapper.fact(new Fact(P, AtlasTerms.YEAR, new Value.Typed("2022", AtlasTerms.XSD + "gYear"), new Span(4, 8)));
        mapper.endDocument(doc);
        return buffer.quads();
    }

    /** The quads about {@code subject}, as N-Quads lines without the graph, sorted. */
    private static Set<String> about(List<Quad> quads, String subject) {
        Set<String> out = new TreeSet<>();
        for (Quad q : quads) {
            if (q.getSubject().isURI() && q.getSubject().getURI().equals(subject)) {
                out.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                        + NodeFmtLib.strNT(q.getObject()) + " .");
            }
        }
        return out;
    }

    @Test
    void theDocumentAndTheProgramAreDescribedInTheDocumentsGraph() {
        List<Quad> quads = map();
        assertEquals(Set.of(G), quads.stream().map(q -> q.getGraph().getURI()).collect(java.util.stream.Collectors.toSet()));
        String a = "<" + G + "> ";
        String atlas = "<https://w3id.org/exchange-atlas/ontology#";
        assertEquals(new TreeSet<>(List.of(
                a + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " + atlas + "Document> .",
                a + atlas + "sha256> \"" + SHA + "\" .",
                a + atlas + "sourcePath> \"notices/test.txt\" .",
                a + atlas + "mediaType> \"text/plain\" .",
                a + "<http://purl.org/dc/terms/language> \"zh\" .",
                a + atlas + "text> \"" + TEXT + "\" .",
                a + atlas + "setAsideCharacters> \"0\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                a + atlas + "setAsidePassages> \"0\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                a + atlas + "extractorVersion> \"1.2.3\" .",
                a + atlas + "describes> <" + P + "> .")), about(quads, G));
        String p = "<" + P + "> ";
        assertEquals(new TreeSet<>(List.of(
                p + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " + atlas + "Program> .",
                p + atlas + "programKey> \"2022-digital\" .",
                p + "<http://www.w3.org/2004/02/skos/core#prefLabel> \"" + TEXT + "\"@zh .",
                p + atlas + "title> \"" + TEXT + "\"@zh .",
                p + atlas + "year> \"2022\"^^<http://www.w3.org/2001/XMLSchema#gYear> .")), about(quads, P));
    }

    @Test
    void eachFactHasAClaimQuotingItsPassage() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        map().forEach(q -> g.add(q.asTriple()));
        List<String> claims = Claims.in(g).stream()
                .map(c -> NodeFmtLib.strNT(c.predicate()) + " " + c.start() + "-" + c.end() + " " + c.exact() + " "
                        + NodeFmtLib.strNT(c.document()))
                .sorted().toList();
        assertEquals(List.of(
                "<https://w3id.org/exchange-atlas/ontology#title> 0-" + TEXT.length() + " " + TEXT + " <" + G + ">",
                "<https://w3id.org/exchange-atlas/ontology#year> 4-8 2022 <" + G + ">"), claims);
        Node year = NodeFactory.createURI(AtlasTerms.YEAR);
        Claim yearClaim = Claims.in(g).stream().filter(c -> c.predicate().equals(year)).findFirst().orElseThrow();
        assertEquals(NodeFactory.createURI(P), yearClaim.subject());
        assertEquals("\"2022\"^^<http://www.w3.org/2001/XMLSchema#gYear>", NodeFmtLib.strNT(yearClaim.object()));
    }
}

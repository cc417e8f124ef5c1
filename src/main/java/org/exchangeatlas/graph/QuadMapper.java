package org.exchangeatlas.graph;

import org.exchangeatlas.source.Span;
import static org.exchangeatlas.model.AtlasNodes.iri;
import static org.exchangeatlas.model.AtlasTerms.*;

import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.model.Claim;
import org.exchangeatlas.model.Claims;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.LanguageGuesser;

/**
 * Turns records into quads: one named graph per document (named by the document's IRI) holding
 * the document node, the facts it states and an {@code atlas:Claim} for each, whose selector
 * gives the cited passage's offsets and exact text (MODEL.md, "Claims").
 */
public final class QuadMapper implements RecordSink {
    private final StreamRDF out;
    private final LanguageGuesser languages;
    private final String extractorVersion;
    private Document document;
    private Node graph;

    /**
     * @param out       where the quads go
     * @param languages guesses each cited passage's language ({@code dcterms:language} of the claim)
     */
    public QuadMapper(StreamRDF out, LanguageGuesser languages) {
        this(out, languages, null);
    }

    /**
     * @param out              where the quads go
     * @param languages        guesses each cited passage's language
     * @param extractorVersion the version of the extractors, written on each document
     *                         ({@code atlas:extractorVersion}); null: none written
     */
    public QuadMapper(StreamRDF out, LanguageGuesser languages, String extractorVersion) {
        this.out = out;
        this.languages = languages;
        this.extractorVersion = extractorVersion;
    }

    @Override
    public void startDocument(Document d) {
        this.document = d;
        this.graph = iri(Iris.document(d.sha256()));
        Node doc = graph;
        add(doc, RDF_TYPE, iri(DOCUMENT));
        add(doc, SHA256, NodeFactory.createLiteralString(d.sha256()));
        add(doc, SOURCE_PATH, NodeFactory.createLiteralString(d.sourcePath()));
        add(doc, MEDIA_TYPE, NodeFactory.createLiteralString(d.mediaType()));
        add(doc, DCTERMS_LANGUAGE, NodeFactory.createLiteralString(d.language()));
        add(doc, TEXT, NodeFactory.createLiteralString(d.text()));
        add(doc, SET_ASIDE_CHARACTERS, NodeFactory.createLiteralDT(Integer.toString(d.setAsideChars()), XSDDatatype.XSDinteger));
        add(doc, SET_ASIDE_PASSAGES, NodeFactory.createLiteralDT(Integer.toString(d.setAside().size()), XSDDatatype.XSDinteger));
        if (extractorVersion != null) {
            add(doc, EXTRACTOR_VERSION, NodeFactory.createLiteralString(extractorVersion));
        }
    }

    @Override
    public void program(ProgramRecord p) {
        Node program = iri(p.iri());
        add(program, RDF_TYPE, iri(PROGRAM));
        if (!p.typeIri().equals(PROGRAM)) {
            add(program, RDF_TYPE, iri(p.typeIri()));
        }
        add(program, PROGRAM_KEY, NodeFactory.createLiteralString(p.key()));
        add(graph, DESCRIBES, program);
        if (p.title() == null) {
            // a reported program has no title: it is known by the label composed from its facts
            add(program, SKOS_PREF_LABEL, NodeFactory.createLiteralLang(p.englishLabel(), "en"));
            return;
        }
        add(program, SKOS_PREF_LABEL, NodeFactory.createLiteralLang(p.title(), p.titleLang()));
        if (!p.titleLang().equals("en") && p.englishLabel() != null && !p.englishLabel().isBlank()) {
            add(program, SKOS_PREF_LABEL, NodeFactory.createLiteralLang(p.englishLabel(), "en"));
        }
        stated(program, TITLE, NodeFactory.createLiteralLang(p.title(), p.titleLang()), p.span(), List.of());
    }

    @Override
    public void fact(Fact f) {
        stated(iri(f.subject()), f.predicate(), node(f.object()), f.span(), f.rule() == null ? List.of() : List.of(iri(f.rule())));
    }

    @Override
    public void entity(EntityRecord e) {
        Node s = iri(e.iri());
        add(s, RDF_TYPE, iri(e.typeIri()));
        add(s, SKOS_PREF_LABEL, NodeFactory.createLiteralLang(e.label(), e.lang()));
    }

    @Override
    public void problem(Problem problem) {
        // Problems are counted and reported by the pipeline; they are not facts.
    }

    @Override
    public void endDocument(Document d) {
        this.document = null;
        this.graph = null;
    }

    /** Writes the fact and its claim. */
    private void stated(Node s, String p, Node o, Span span, List<Node> rules) {
        String exact = span.of(document.text());
        Claim claim = Claim.cited(Triple.create(s, iri(p), o), graph, span.start(), span.end(), exact, rules);
        Claims.write(claim, languages.guess(exact, document.language()), out::quad);
    }

    private void add(Node s, String p, Node o) {
        out.quad(Quad.create(graph, s, iri(p), o));
    }

    private static Node node(Value v) {
        if (v instanceof Value.Iri i) {
            return iri(i.iri());
        }
        if (v instanceof Value.Typed t) {
            return NodeFactory.createLiteralDT(t.lexical(), TypeMapper.getInstance().getSafeTypeByName(t.datatype()));
        }
        if (v instanceof Value.Text t) {
            return NodeFactory.createLiteralLang(t.text(), t.lang());
        }
        throw new IllegalStateException("unresolved value reached the mapper: " + v);
    }
}

package org.exchangeatlas.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** A sink that keeps the quads of one document until the build decides to land them. */
public final class QuadBuffer extends StreamRDFBase {
    private final List<Quad> quads = new ArrayList<>();

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    @Override
    public void triple(Triple triple) {
        quads.add(Quad.create(Quad.defaultGraphIRI, triple));
    }

    public List<Quad> quads() {
        return List.copyOf(quads);
    }
}

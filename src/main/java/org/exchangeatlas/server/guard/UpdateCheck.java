package org.exchangeatlas.server.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What an update may not do here, even from the one user allowed to update: {@code LOAD} (which
 * would make the server read any URL, or with {@code file:} its own files, into a graph), any
 * {@code file:} IRI (a graph name, a quad, a pattern), and a {@code SERVICE} call its
 * {@link ServicePolicy} does not allow.
 */
public final class UpdateCheck {
    private final ServicePolicy services;

    public UpdateCheck(ServicePolicy services) {
        this.services = services;
    }

    /** The first reason to refuse {@code request}, if any. */
    public Optional<String> refusal(UpdateRequest request) {
        for (Update u : request.getOperations()) {
            Optional<String> r = refusal(u);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The reason to refuse a graph IRI given with the request ({@code using-graph-uri}), if any. */
    public Optional<String> refusal(String graphIri) {
        return isFile(graphIri) ? Optional.of(fileRefusal(graphIri)) : Optional.empty();
    }

    private Optional<String> refusal(Update u) {
        if (u instanceof UpdateLoad load) {
            return Optional.of("LOAD is not allowed on this server (it would read " + load.getSource()
                    + " into the store); send the data with the Graph Store Protocol instead");
        }
        List<Node> nodes = new ArrayList<>();
        if (u instanceof UpdateData data) {
            data.getQuads().forEach(q -> add(nodes, q));
        } else if (u instanceof UpdateDeleteWhere deleteWhere) {
            deleteWhere.getQuads().forEach(q -> add(nodes, q));
        } else if (u instanceof UpdateDropClear dropClear) {
            add(nodes, dropClear.getTarget());
        } else if (u instanceof UpdateCreate create) {
            nodes.add(create.getGraph());
        } else if (u instanceof UpdateBinaryOp binary) {
            add(nodes, binary.getSrc());
            add(nodes, binary.getDest());
        }
        if (u instanceof UpdateWithUsing withUsing) {
            nodes.add(withUsing.getWithIRI());
            nodes.addAll(withUsing.getUsing());
            nodes.addAll(withUsing.getUsingNamed());
        }
        if (u instanceof UpdateModify modify) {
            modify.getDeleteQuads().forEach(q -> add(nodes, q));
            modify.getInsertQuads().forEach(q -> add(nodes, q));
            Optional<String> service = services.check(modify.getWherePattern());
            if (service.isPresent()) {
                return service;
            }
            addPattern(nodes, modify.getWherePattern());
        }
        return nodes.stream().filter(n -> n != null && n.isURI() && isFile(n.getURI())).findFirst()
                .map(n -> fileRefusal(n.getURI()));
    }

    private static String fileRefusal(String iri) {
        return "file: IRIs are not allowed in updates on this server: <" + iri + ">";
    }

    private static boolean isFile(String iri) {
        return iri.strip().toLowerCase(Locale.ROOT).startsWith("file:");
    }

    private static void add(List<Node> nodes, Quad q) {
        nodes.add(q.getGraph());
        nodes.add(q.getSubject());
        nodes.add(q.getPredicate());
        nodes.add(q.getObject());
    }

    private static void add(List<Node> nodes, Target t) {
        if (t != null && t.isOneNamedGraph()) {
            nodes.add(t.getGraph());
        }
    }

    private static void add(List<Node> nodes, Triple t) {
        nodes.add(t.getSubject());
        nodes.add(t.getPredicate());
        nodes.add(t.getObject());
    }

    private static void addPattern(List<Node> nodes, Element pattern) {
        Walker.walk(Algebra.compile(pattern), new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(t -> add(nodes, t));
            }

            @Override
            public void visit(OpTriple triple) {
                add(nodes, triple.getTriple());
            }

            @Override
            public void visit(OpQuadPattern quads) {
                quads.getPattern().forEach(q -> add(nodes, q));
            }

            @Override
            public void visit(OpGraph graph) {
                nodes.add(graph.getNode());
            }

            @Override
            public void visit(OpPath path) {
                nodes.add(path.getTriplePath().getSubject());
                nodes.add(path.getTriplePath().getObject());
            }
        }, new ExprVisitorBase());
    }
}

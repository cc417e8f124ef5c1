package org.exchangeatlas.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.exchangeatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atlas export [--store DIR] --format F [--out FILE]}: writes the store as RDF. Quad
 * formats keep every named graph; triple formats write the union graph (distinct triples).
 * Turtle, TriG, N-Triples and N-Quads stream; RDF/XML and JSON-LD are written from the graph.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Write the store as RDF.",
                "To a file (--out) or standard output. nquads, trig and jsonld keep every",
                "named graph; turtle, ntriples and rdfxml write the union graph (distinct",
                "triples). The number of statements written is reported on standard error."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  no store, or the file cannot be written", "  2  usage error"})
final class ExportCommand implements Callable<Integer> {

    /** The export formats: a Jena format, and whether it holds quads and can be streamed. */
    enum Format {
        turtle(RDFFormat.TURTLE_BLOCKS, false, true),
        ntriples(RDFFormat.NTRIPLES, false, true),
        rdfxml(RDFFormat.RDFXML_PLAIN, false, false),
        nquads(RDFFormat.NQUADS, true, true),
        trig(RDFFormat.TRIG_BLOCKS, true, true),
        jsonld(RDFFormat.JSONLD11_PRETTY, true, false);

        final RDFFormat rdfFormat;
        final boolean quads;
        final boolean streaming;

        Format(RDFFormat rdfFormat, boolean quads, boolean streaming) {
            this.rdfFormat = rdfFormat;
            this.quads = quads;
            this.streaming = streaming;
        }
    }

    @ParentCommand
    AtlasCommand atlas;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path outFile;

    @Override
    public Integer call() throws CliException {
        try (AtlasStore s = store.openForReading(atlas.err)) {
            long written = outFile == null ? toStdout(s) : toFile(s, outFile);
            atlas.err.println("wrote " + written + (format.quads ? " quads" : " triples") + " (" + format + ") to "
                    + (outFile == null ? "standard output" : outFile));
        }
        return 0;
    }

    private long toStdout(AtlasStore s) throws CliException {
        try {
            long n = s.read(() -> write(s.datasetGraph(), atlas.out));
            atlas.out.flush();
            if (atlas.out.checkError()) {
                throw new CliException("standard output: cannot write (closed?)");
            }
            return n;
        } catch (RiotException | RuntimeIOException | UncheckedIOException e) {
            throw new CliException("standard output: cannot write: " + Messages.describe(e), e);
        }
    }

    /** Writes beside the target and moves into place, so a failed export leaves no half file. */
    private long toFile(AtlasStore s, Path file) throws CliException {
        Path abs = file.toAbsolutePath();
        Path part = abs.resolveSibling(abs.getFileName() + ".part");
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            long n;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                n = s.read(() -> write(s.datasetGraph(), os));
            }
            Files.move(part, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException | RiotException | RuntimeIOException | UncheckedIOException e) {
            deleteQuietly(part);
            throw new CliException(file + ": cannot write: " + Messages.describe(e), e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /** Writes the store in {@link #format}; returns the number of statements written. */
    private long write(DatasetGraph dsg, OutputStream os) {
        if (format.streaming) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, format.rdfFormat);
            long n = 0;
            w.start();
            Prefixes.declare(w);
            if (format.quads) {
                for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++) {
                    w.quad(it.next());
                }
            } else {
                for (Iterator<Triple> it = dsg.getUnionGraph().find(); it.hasNext(); n++) {
                    w.triple(it.next());
                }
            }
            w.finish();
            return n;
        }
        if (format.quads) {
            // The JSON-LD writer takes its @context from the dataset's prefixes, not from the prefix map.
            DatasetGraph withPrefixes = new DatasetGraphWrapper(dsg) {
                @Override
                public PrefixMap prefixes() {
                    return Prefixes.prefixMap();
                }
            };
            RDFWriterRegistry.getWriterDatasetFactory(format.rdfFormat).create(format.rdfFormat)
                    .write(os, withPrefixes, Prefixes.prefixMap(), null, Context.emptyContext());
            return count(dsg.find());
        }
        Graph union = dsg.getUnionGraph();
        // The RDF/XML writers take their namespaces from the graph, not from the prefix map.
        Graph withPrefixes = new GraphWrapper(union) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return Prefixes.prefixMapping();
            }
        };
        RDFWriterRegistry.getWriterGraphFactory(format.rdfFormat).create(format.rdfFormat)
                .write(os, withPrefixes, Prefixes.prefixMap(), null, Context.emptyContext());
        return count(union.find());
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the error being reported matters more than the leftover
        }
    }
}

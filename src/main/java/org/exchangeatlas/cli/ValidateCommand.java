package org.exchangeatlas.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.vocab.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atlas validate [--store DIR] [--format text|turtle]}: runs the SHACL shapes of
 * {@code ontology/shapes.ttl} over the store's union graph (documents, vocabulary, inferences) and
 * prints the results, readable ({@link ValidationText}) or as the SHACL report graph in Turtle.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = AtlasVersion.class,
        description = {"Check the store against the SHACL shapes (ontology/shapes.ttl).",
                "text: the violations grouped by shape, one line each",
                "'focus-node-label (IRI): property: message', then a line with the counts.",
                "turtle: the SHACL validation report graph."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the store conforms", "  1  violations found, or no store", "  2  usage error"})
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, turtle }

    @ParentCommand
    AtlasCommand atlas;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws CliException {
        Graph shapesGraph = OntologyFiles.onClassPath().shapes().getGraph();
        Shapes shapes = Shapes.parse(shapesGraph);
        record Outcome(boolean conforms, byte[] output) {}
        Outcome outcome;
        try (AtlasStore s = store.openForReading(atlas.err)) {
            outcome = s.read(() -> {
                Graph data = s.datasetGraph().getUnionGraph();
                ValidationReport report = ShaclValidator.get().validate(shapes, data);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                if (format == Format.turtle) {
                    Model m = report.getModel();
                    m.setNsPrefixes(Prefixes.STANDARD);
                    m.setNsPrefix("sh", ValidationText.SH);
                    m.setNsPrefix("shape", ValidationText.SHAPES_NS);
                    RDFDataMgr.write(bytes, m, Lang.TURTLE);
                } else {
                    List<String> lines = new ValidationText(shapesGraph, data).lines(report);
                    bytes.writeBytes((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                return new Outcome(report.conforms(), bytes.toByteArray());
            });
        }
        atlas.out.write(outcome.output(), 0, outcome.output().length);
        atlas.out.flush();
        return outcome.conforms() ? 0 : AtlasCommand.FAILED;
    }
}

package org.exchangeatlas.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * The Turtle files of {@code ontology/}, shipped inside the jar: the OWL ontology and the SKOS
 * vocabularies (which become the vocabulary graph) and the SHACL shapes (kept apart). Every
 * {@code .ttl} file found is read, so a new vocabulary file needs no code.
 */
public final class OntologyFiles {
    private static final String ROOT = "ontology";
    private static final String SHAPES = "shapes.ttl";

    private final Path root;

    private OntologyFiles(Path root) {
        this.root = root;
    }

    /** The files in a folder laid out like {@code ontology/}. */
    public static OntologyFiles in(Path folder) {
        return new OntologyFiles(folder);
    }

    /** The files shipped on the class path. */
    public static OntologyFiles onClassPath() {
        URL url = OntologyFiles.class.getClassLoader().getResource(ROOT + "/atlas.ttl");
        if (url == null) {
            throw new IllegalStateException("ontology/atlas.ttl is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return new OntologyFiles(fs.getPath("/" + ROOT));
            }
            return new OntologyFiles(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list ontology files: " + e.getMessage(), e);
        }
    }

    /** The ontology and every vocabulary, as one model: the content of the vocabulary graph. */
    public Model vocabulary() {
        Model m = ModelFactory.createDefaultModel();
        for (Path p : turtleFiles()) {
            if (!p.getFileName().toString().equals(SHAPES)) {
                parseInto(p, m);
            }
        }
        return m;
    }

    /** The SHACL shapes. */
    public Model shapes() {
        Model m = ModelFactory.createDefaultModel();
        parseInto(root.resolve(SHAPES), m);
        return m;
    }

    private List<Path> turtleFiles() {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static void parseInto(Path p, Model m) {
        try (InputStream in = Files.newInputStream(p)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/exchange-atlas/").parse(m);
        } catch (IOException | RiotException e) {
            throw new IllegalStateException(ROOT + "/" + p.getFileName() + ": " + e.getMessage(), e);
        }
    }
}

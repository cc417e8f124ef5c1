package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.graph.QuadMapper;
import org.exchangeatlas.model.Claim;
import org.exchangeatlas.model.Claims;
import org.exchangeatlas.resolve.NameResolver;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.source.UnreadableFileException;
import org.junit.jupiter.api.Test;

/**
 * The contract every registered extractor keeps, checked on the real documents of {@code samples/}
 * that it accepts (as Rio's test suites run one abstract test against every parser): every span
 * lies inside the document's text, the text at a claim's [start, end) is its {@code oa:exact}, no
 * fact comes without a passage and so a claim, and two runs give equal records. One subclass per
 * {@link DocumentKind} of the standard registry ({@link Wiring#extractors});
 * {@link EveryExtractorHasAContractTest} fails when a registered kind has none.
 */
public abstract class ExtractorContract {
    private static final LanguageGuesser LANGUAGES = new LanguageGuesser();
    private static final ExtractorRegistry REGISTRY = Wiring.extractors(ExtractionHarness.MATCHER,
            ExtractionHarness.VOCABULARY, LANGUAGES);

    /** The kind whose registered extractor is checked. */
    protected abstract DocumentKind kind();

    /** What one run over one document gave: the records as the name resolver handed them on, and their quads. */
    record Run(Document document, List<ProgramRecord> programs, List<Fact> facts, List<EntityRecord> entities,
               List<Problem> problems, DatasetGraph quads) {}

    /** The standard registry, as the build wires it. */
    static ExtractorRegistry registry() {
        return REGISTRY;
    }

    private Extractor extractor() {
        return REGISTRY.entry(kind()).orElseThrow(() -> new AssertionError(kind().name() + " is not registered"))
                .extractor();
    }

    /** The real documents to try the extractor on (default: those of {@code samples/}); it reads those it accepts. */
    protected List<Document> corpus() {
        return Samples.DOCUMENTS;
    }

    /** The documents of the evaluation's development set ({@code eval/dev}), for a kind {@code samples/} lacks. */
    protected static List<Document> devSet() {
        return DevSet.DOCUMENTS;
    }

    /** The documents of the corpus the extractor accepts; at least one. */
    private List<Document> inputs() {
        List<Document> accepted = corpus().stream().filter(extractor()::accepts).toList();
        assertFalse(accepted.isEmpty(), "no document of the corpus is a " + kind().name());
        return accepted;
    }

    private Run run(Document doc) {
        List<ProgramRecord> programs = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<EntityRecord> entities = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        DatasetGraph quads = DatasetGraphFactory.create();
        RecordSink recording = new RecordSinkWrapper(new QuadMapper(StreamRDFLib.dataset(quads), LANGUAGES)) {
            @Override
            public void program(ProgramRecord p) {
                programs.add(p);
                super.program(p);
            }

            @Override
            public void fact(Fact f) {
                facts.add(f);
                assertNotNull(f.span(), () -> "a fact without a passage: " + f);
                super.fact(f);
            }

            @Override
            public void entity(EntityRecord e) {
                entities.add(e);
                super.entity(e);
            }

            @Override
            public void problem(Problem p) {
                problems.add(p);
                super.problem(p);
            }
        };
        RecordSink sink = new NameResolver(ExtractionHarness.MATCHER, recording);
        sink.startDocument(doc);
        extractor().extract(doc, sink);
        sink.endDocument(doc);
        return new Run(doc, programs, facts, entities, problems, quads);
    }

    @Test
    public void readsFactsFromItsSamples() {
        long facts = inputs().stream().mapToLong(d -> run(d).facts().size()).sum();
        assertTrue(facts > 0, "no fact from the samples of " + kind().name());
    }

    @Test
    public void everySpanLiesInsideTheDocumentText() {
        for (Document doc : inputs()) {
            Run r = run(doc);
            int length = doc.text().length();
            List<Span> spans = new ArrayList<>();
            r.facts().forEach(f -> spans.add(f.span()));
            r.programs().stream().map(ProgramRecord::span).filter(s -> s != null).forEach(spans::add);
            r.problems().stream().map(Problem::span).filter(s -> s != null).forEach(spans::add);
            for (Span s : spans) {
                assertTrue(s.end() <= length, () -> doc.sourcePath() + ": " + s + " ends past the text (" + length + ")");
            }
        }
    }

    @Test
    public void theTextAtEveryClaimsPassageIsItsExact() {
        for (Document doc : inputs()) {
            Run r = run(doc);
            List<Claim> claims = Claims.in(r.quads().getUnionGraph());
            assertFalse(claims.isEmpty() && !r.facts().isEmpty(), doc.sourcePath() + ": facts but no claim");
            for (Claim c : claims) {
                assertTrue(0 <= c.start() && c.start() <= c.end() && c.end() <= doc.text().length(), c::toString);
                assertEquals(doc.text().substring(c.start(), c.end()), c.exact(), () -> doc.sourcePath() + ": " + c);
            }
        }
    }

    @Test
    public void noFactWithoutAClaim() {
        for (Document doc : inputs()) {
            Run r = run(doc);
            List<Claim> claims = Claims.in(r.quads().getUnionGraph());
            for (Fact f : r.facts()) {
                assertTrue(claims.stream().anyMatch(c -> c.subject().getURI().equals(f.subject())
                                && c.predicate().getURI().equals(f.predicate())
                                && c.start() == f.span().start() && c.end() == f.span().end()),
                        () -> doc.sourcePath() + ": no claim of " + f);
            }
        }
    }

    @Test
    public void twoRunsGiveEqualRecords() {
        for (Document doc : inputs()) {
            Run first = run(doc);
            Run second = run(doc);
            assertEquals(first.programs(), second.programs(), doc.sourcePath());
            assertEquals(first.facts(), second.facts(), doc.sourcePath());
            assertEquals(first.entities(), second.entities(), doc.sourcePath());
            assertEquals(first.problems(), second.problems(), doc.sourcePath());
        }
    }

    /** Every readable document of {@code samples/} (not {@code samples/broken/}), read once for all the contracts. */
    private static final class Samples {
        static final List<Document> DOCUMENTS = read(Path.of("samples"));
    }

    /** The documents of {@code eval/dev}, read once. */
    private static final class DevSet {
        static final List<Document> DOCUMENTS = read(Path.of("eval", "dev"));
    }

    private static List<Document> read(Path folder) {
        DocumentReader reader = Wiring.reader(ExtractionHarness.VOCABULARY, LANGUAGES);
        try (Stream<Path> files = Files.walk(folder)) {
            List<Document> docs = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).filter(reader::accepts).sorted().toList()) {
                if (!f.startsWith(Path.of("samples", "broken"))) {
                    docs.add(reader.read(f, f.toString()));
                }
            }
            return List.copyOf(docs);
        } catch (IOException | UnreadableFileException e) {
            throw new AssertionError("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }
}

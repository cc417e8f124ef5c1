package org.exchangeatlas.pipeline;

import java.time.Duration;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.graph.QuadBuffer;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.FileBudget;
import org.exchangeatlas.source.SourceFiles;
import org.exchangeatlas.source.UnreadableFileException;

/**
 * The readers' side of a build, run on several threads ({@link OrderedWork}): reads a file within
 * its budget and, unless its text is longer than {@code streamAbove}, extracts it with its quads
 * gathered; a larger document is left to the writer to extract and stream ({@link Landing}).
 * A failure becomes the outcome's one-line reason.
 */
record DocumentWork(DocumentReader reader, Extraction.Extractors extractors, int streamAbove, FileBudget budget) {

    Landing.Outcome readAndExtract(Landing.Step step) {
        SourceFiles.SourceFile file = step.file();
        try {
            long t0 = System.nanoTime();
            FileBudget.Allowance allowance = budget.start();
            Document doc = reader.read(file.path(), file.sourcePath(), allowance);
            if (doc.text().length() > streamAbove) {
                return new Landing.Outcome(doc, null, null, Duration.ofNanos(System.nanoTime() - t0), null);
            }
            QuadBuffer buffer = new QuadBuffer();
            Extraction x = Extraction.run(doc, extractors, buffer, allowance);
            return new Landing.Outcome(doc, x, buffer.quads(), null, null);
        } catch (UnreadableFileException | UnreadableDocumentException e) {
            return Landing.Outcome.failed(e.getMessage());
        } catch (RuntimeException e) {
            return Landing.Outcome.failed("extraction failed: " + e);
        }
    }
}

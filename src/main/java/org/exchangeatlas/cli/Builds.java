package org.exchangeatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.exchangeatlas.infer.InferenceSettings;
import org.exchangeatlas.pipeline.BuildFailedException;
import org.exchangeatlas.pipeline.BuildListener;
import org.exchangeatlas.pipeline.BuildOptions;
import org.exchangeatlas.pipeline.BuildStoppedException;
import org.exchangeatlas.pipeline.BuildSummary;
import org.exchangeatlas.pipeline.Pipeline;
import org.exchangeatlas.pipeline.Skipped;
import org.exchangeatlas.source.Printable;
import org.exchangeatlas.store.AtlasStore;

/**
 * Runs a build for {@code build} and {@code demo}: the pipeline from {@link Wiring}, a progress
 * bar on a terminal, then every skipped file as one {@code PATH: reason} line on standard error
 * and the summary on standard output.
 */
final class Builds {
    /** How many "not understood" passages the summary lists. */
    static final int NOT_UNDERSTOOD_SHOWN = 5;

    private Builds() {}

    static BuildSummary build(List<Path> paths, Path storeDir, PrintStream out, PrintStream err) throws CliException {
        return build(paths, storeDir, InferenceSettings.DEFAULTS, BuildOptions.DEFAULTS, out, err);
    }

    /**
     * Builds, prints skipped files and the summary, and returns the summary; null when the
     * process was told to end and the build stopped, or a strict build failed at an error (after
     * saying so on {@code err}).
     */
    static BuildSummary build(List<Path> paths, Path storeDir, InferenceSettings inference, BuildOptions options,
                              PrintStream out, PrintStream err) throws CliException {
        BuildSummary summary;
        try (StopOnExit exit = new StopOnExit(err); AtlasStore store = Stores.openForWriting(storeDir)) {
            Pipeline pipeline = Wiring.pipeline(inference);
            try {
                if (System.console() != null) {
                    try (ProgressListener bar = new ProgressListener(err)) {
                        summary = pipeline.run(paths, store, bar, options, exit.signal());
                    }
                } else {
                    summary = pipeline.run(paths, store, BuildListener.NONE, options, exit.signal());
                }
            } catch (BuildStoppedException e) {
                err.println("atlas: " + e.getMessage());
                return null;
            } catch (BuildFailedException e) {
                err.println(line(e.problem()));
                err.println("atlas: " + e.getMessage());
                return null;
            }
        }
        for (Skipped s : summary.skipped()) {
            err.println(line(s));
        }
        print(summary, storeDir, out);
        return summary;
    }

    /** A problem as one line: {@code PATH[:LINE:COLUMN]: reason}, unprintable characters escaped. */
    private static String line(Skipped s) {
        return Printable.of(s.where()) + ": " + Messages.firstLine(s.reason());
    }

    static void print(BuildSummary s, Path storeDir, PrintStream out) {
        out.println("Built " + storeDir + " in " + String.format(Locale.ROOT, "%.1f s", s.elapsed().toMillis() / 1000.0));
        new Table()
                .row("files found", s.files())
                .row("documents read", s.documents())
                .row("unchanged files (not read)", s.unchanged())
                .row("documents pruned", s.pruned())
                .row("duplicates", s.duplicates())
                .row("skipped files", s.skipped().size())
                .row("other files ignored", s.ignored().size())
                .row("programs", s.programs())
                .row("new organizations", s.newOrganizations())
                .row("not understood", s.notUnderstood().size())
                .row("program keys merged", s.consolidation().keys() - s.consolidation().programs())
                .row("superseded facts", s.consolidation().supersededClaims())
                .row("programs in store", s.storePrograms())
                .row("triples in store", s.storeTriples())
                .row("inferred facts", s.inference().facts())
                .row("programs without year (not inferred)", s.inference().withoutYear())
                .row("programs with members held back (wider tier, proxy)", s.inference().heldBack())
                .print(out, "  ");
        if (!s.ignored().isEmpty()) {
            out.println("Ignored (no document kind): " + String.join(", ", s.ignored().stream().map(Printable::of).toList()));
        }
        List<Skipped> nu = s.notUnderstood();
        if (!nu.isEmpty()) {
            int shown = Math.min(NOT_UNDERSTOOD_SHOWN, nu.size());
            out.println("Not understood" + (shown < nu.size() ? " (first " + shown + " of " + nu.size() + ")" : "") + ":");
            for (Skipped p : nu.subList(0, shown)) {
                out.println("  " + line(p));
            }
        }
    }
}

package org.exchangeatlas.pipeline;

import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.consolidate.Consolidation;
import org.exchangeatlas.consolidate.ProgramMatcher;
import org.exchangeatlas.infer.Inference;

/**
 * A step over the whole store that follows the reading of the documents, in the build's one
 * write transaction: programs merged and revisions applied, facts inferred. A {@link Pipeline} is
 * given its stages as a list and runs them in order, checking between them whether the build was
 * stopped; each says what it did to the build's {@link BuildTally}.
 */
public interface BuildStage {
    /** A short name for messages and logs ({@code consolidate}, {@code infer}). */
    String name();

    /** Runs over {@code dsg}, in the write transaction, and reports to {@code tally}; checks {@code stop} when long. */
    void apply(DatasetGraph dsg, BuildTally tally, StopSignal stop);

    /** Program keys merged into programs and superseded facts marked ({@link Consolidation}). */
    static BuildStage consolidation() {
        Consolidation consolidation = new Consolidation(new ProgramMatcher());
        return of("consolidate", (dsg, tally, stop) -> tally.consolidated(consolidation.recompute(dsg, stop::check)));
    }

    /** The inferred graph recomputed from the document graphs ({@link Inference}). */
    static BuildStage inference(Inference inference) {
        return of("infer", (dsg, tally, stop) -> tally.inferred(inference.recompute(dsg)));
    }

    /** A stage named {@code name} that runs {@code step}. */
    static BuildStage of(String name, Step step) {
        return new BuildStage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply(DatasetGraph dsg, BuildTally tally, StopSignal stop) {
                step.apply(dsg, tally, stop);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** The work of a stage. */
    @FunctionalInterface
    interface Step {
        void apply(DatasetGraph dsg, BuildTally tally, StopSignal stop);
    }
}

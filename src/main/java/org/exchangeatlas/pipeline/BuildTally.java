package org.exchangeatlas.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exchangeatlas.consolidate.ConsolidationReport;
import org.exchangeatlas.infer.InferenceReport;
import org.exchangeatlas.store.StoreSize;

/**
 * The counts of one build as it goes: each part of the build adds what it saw (the listing its
 * files, the writer its documents, each {@link BuildStage} its report), and {@link #summary} makes
 * the {@link BuildSummary} from them at the end. One per run; used by the writer's thread only.
 */
public final class BuildTally {
    private int files;
    private int documents;
    private int duplicates;
    private int unchanged;
    private int programs;
    private int pruned;
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private final List<Skipped> notUnderstood = new ArrayList<>();
    private final Set<String> minted = new HashSet<>();
    private ConsolidationReport consolidation = ConsolidationReport.NONE;
    private InferenceReport inference = InferenceReport.NONE;
    private StoreSize storeSize = new StoreSize(0, 0);

    void filesFound(int n) {
        files = n;
    }

    void skipped(Skipped s) {
        skipped.add(s);
    }

    void ignored(String path) {
        ignored.add(path);
    }

    void duplicate() {
        duplicates++;
    }

    void unchanged() {
        unchanged++;
    }

    /** A document landed, with the programs it described and the organizations it named that no vocabulary knows. */
    void landed(int programsDescribed, Set<String> newOrganizations) {
        documents++;
        programs += programsDescribed;
        minted.addAll(newOrganizations);
    }

    void notUnderstood(Skipped s) {
        notUnderstood.add(s);
    }

    void pruned(int n) {
        pruned = n;
    }

    void consolidated(ConsolidationReport report) {
        consolidation = report;
    }

    void inferred(InferenceReport report) {
        inference = report;
    }

    void storeSize(StoreSize size) {
        storeSize = size;
    }

    BuildSummary summary(Duration elapsed) {
        return new BuildSummary(files, documents, duplicates, skipped, ignored, programs, minted.size(), notUnderstood,
                storeSize.programs(), storeSize.triples(), elapsed, inference, unchanged, pruned, consolidation);
    }
}

package org.exchangeatlas.pipeline;

import java.time.Duration;
import java.util.List;
import org.exchangeatlas.infer.InferenceReport;

/**
 * What a build did: files found, documents landed, what was skipped and why, what the extractors
 * saw but did not understand, and the store's size after.
 *
 * @param files          files found under the given paths
 * @param documents      documents that landed in the store
 * @param duplicates     files whose bytes equal a file read before in this build
 * @param skipped        files not read, with reasons
 * @param ignored        files in the given folders that are of no document kind (a README.md)
 * @param programs       programs the build's documents describe
 * @param newOrganizations organizations named in text that no vocabulary knows
 * @param notUnderstood  passages seen but not understood, each with its document
 * @param storePrograms  programs in the store after the build
 * @param storeTriples   distinct triples in the store's union graph after the build
 * @param elapsed        wall time of the build
 * @param inference      what the inference step wrote (inferred facts) and passed over (programs
 *                       without a year, ...)
 * @param unchanged      files left unread because the store holds them as they are (same path,
 *                       size and modification time, and the same vocabularies)
 * @param pruned         documents removed because their files are gone ({@code --prune})
 * @param consolidation  how program keys were merged into programs and what revisions superseded
 */
public record BuildSummary(int files, int documents, int duplicates, List<Skipped> skipped, List<String> ignored,
                           int programs,
                           int newOrganizations, List<Skipped> notUnderstood, long storePrograms,
                           long storeTriples, Duration elapsed, InferenceReport inference,
                           int unchanged, int pruned, org.exchangeatlas.consolidate.ConsolidationReport consolidation) {
    public BuildSummary {
        skipped = List.copyOf(skipped);
        ignored = List.copyOf(ignored);
        notUnderstood = List.copyOf(notUnderstood);
    }
}

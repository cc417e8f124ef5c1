package org.exchangeatlas.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.exchangeatlas.source.DocumentReader;
import org.exchangeatlas.source.SourceFiles;
import org.exchangeatlas.source.UnreadableFileException;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.store.FileStamps;
import org.exchangeatlas.store.VocabularyDigest;

/**
 * What an incremental build reads: a file whose path, size and modification time the store holds
 * as they are is left unread, unless the vocabularies changed since the store was built (then
 * every document may read differently) or a full re-read is asked for; with pruning, the
 * documents of files no longer listed are removed. Decides, writes nothing.
 */
final class IncrementalPolicy {
    private final DocumentReader reader;
    private final String vocabularyDigest;

    IncrementalPolicy(DocumentReader reader, Model vocabulary) {
        this.reader = reader;
        this.vocabularyDigest = VocabularyDigest.of(vocabulary);
    }

    /**
     * What to do with a listing against a store.
     *
     * @param steps          every listed file in listing order: to read, unchanged, ignored or unreadable
     * @param pruned         the graphs of stored documents whose files are gone (empty unless pruning)
     * @param sameVocabulary whether the store was built with the vocabularies of this build
     * @param digest         the digest of this build's vocabularies, to record
     */
    record Plan(List<Landing.Step> steps, List<Node> pruned, boolean sameVocabulary, String digest) {}

    Plan plan(SourceFiles.Listing listing, AtlasStore store, BuildOptions options) {
        boolean sameVocabulary = store.read(() -> VocabularyDigest.stored(store.datasetGraph()))
                .map(vocabularyDigest::equals).orElse(false);
        Map<String, FileStamps.Stored> stored = store.read(() -> FileStamps.read(store.datasetGraph()));
        List<Landing.Step> steps = steps(listing, stored, sameVocabulary && !options.reread());
        List<Node> pruned = new ArrayList<>();
        if (options.prune()) {
            Set<String> listed = new HashSet<>();
            listing.files().forEach(f -> listed.add(f.sourcePath()));
            stored.forEach((path, doc) -> {
                if (!listed.contains(path)) {
                    pruned.add(doc.graph());
                }
            });
        }
        return new Plan(steps, pruned, sameVocabulary, vocabularyDigest);
    }

    /** In listing order: which files are unchanged, ignored or unreadable at once, and which to read. */
    private List<Landing.Step> steps(SourceFiles.Listing listing, Map<String, FileStamps.Stored> stored, boolean trustStore) {
        List<Landing.Step> steps = new ArrayList<>();
        for (SourceFiles.SourceFile file : listing.files()) {
            try {
                if (!reader.accepts(file.path())) {
                    if (!file.named()) {
                        steps.add(new Landing.Step(file, null, null, null));
                        continue;
                    }
                    throw new UnreadableFileException("unsupported file type (reads " + reader.extensions() + ")");
                }
                FileStamps.Stamp stamp = SourceStamps.withCompanions(reader, file.path());
                FileStamps.Stored before = stored.get(file.sourcePath());
                boolean same = trustStore && before != null && before.stamp().equals(stamp);
                steps.add(new Landing.Step(file, stamp, same ? before : null, null));
            } catch (UnreadableFileException e) {
                steps.add(new Landing.Step(file, null, null, e.getMessage()));
            }
        }
        return steps;
    }
}

package org.exchangeatlas.extract.report;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.Mention;

/**
 * Where an article's programs come from when it says so: the body named beside a word for
 * documents ("files of the Ministry of Commerce", "the ministry's notices"), the nearest if the
 * sentence names several. "The ministry" and "these programs" then point to it.
 */
final class DocumentSource {
    private DocumentSource() {}

    /** The body nearest a document word of a sentence, if the sentence has both. */
    static Optional<Concept> nearest(List<Mention> documentWords, List<Mention> bodies) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention d : documentWords) {
            for (Mention b : bodies) {
                int distance = b.start() >= d.end() ? b.start() - d.end() : d.start() - b.end();
                if (distance >= 0 && distance < bestDistance) {
                    best = b;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best).map(Mention::concept);
    }
}

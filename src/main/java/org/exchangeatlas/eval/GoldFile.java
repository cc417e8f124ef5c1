package org.exchangeatlas.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * One gold file as an analyst wrote it (see {@code eval/README.md}): what a person read in one
 * document, against which the atlas's facts of that document are scored.
 *
 * @param path        the gold file ({@code news-01.html.gold.json})
 * @param document    the document it annotates, beside it ({@code news-01.html})
 * @param genre       the kind of document, as the analyst named it; the report groups by it
 * @param programs    the programs the document states as run
 * @param engagedWith the contacts of bodies with countries it states (meetings)
 * @param absent      facts that must not appear
 */
public record GoldFile(Path path, Path document, String genre, List<GoldProgram> programs,
                       List<GoldEngagement> engagedWith, List<GoldAbsent> absent) {
    public GoldFile {
        programs = List.copyOf(programs);
        engagedWith = List.copyOf(engagedWith);
        absent = List.copyOf(absent);
    }
}

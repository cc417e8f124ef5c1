package org.exchangeatlas.extract.coded;

import java.nio.file.Path;
import org.exchangeatlas.source.Document;

/**
 * Where the mapping of a table comes from. A build reads it from the file beside the table
 * ({@link #BESIDE_THE_FILE}); a test may hand one over.
 */
@FunctionalInterface
public interface MappingSource {
    /** The mapping of {@code table}; throws {@link org.exchangeatlas.extract.UnreadableDocumentException} when there is none. */
    MappingFile mappingFor(Document table);

    /** {@code NAME.mapping.json} beside the table's file, found from the path the document was read from. */
    MappingSource BESIDE_THE_FILE = table -> MappingFile.beside(Path.of(table.sourcePath()));
}

package org.exchangeatlas.store;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.model.AtlasNodes;

/**
 * What the store remembers of each file it read: size and modification time beside the path,
 * on the document node. An incremental build compares them with the file system to leave
 * unchanged files unread (as git's index does); the SHA-256 stays the document's identity.
 */
public final class FileStamps {
    private static final Node SIZE = AtlasNodes.FILE_SIZE;
    private static final Node MODIFIED = AtlasNodes.FILE_MODIFIED;
    private static final Node PATH = AtlasNodes.SOURCE_PATH;

    private FileStamps() {}

    /** A file's size and modification time (milliseconds since the epoch). */
    public record Stamp(long size, long modified) {}

    /** A stored document: its graph and the stamp its file had when read. */
    public record Stored(Node graph, Stamp stamp) {}

    /** Records the stamp of the file behind document graph {@code g}. */
    public static void write(DatasetGraph dsg, Node g, Stamp stamp) {
        dsg.deleteAny(g, g, SIZE, Node.ANY);
        dsg.deleteAny(g, g, MODIFIED, Node.ANY);
        dsg.add(g, g, SIZE, NodeFactory.createLiteralDT(Long.toString(stamp.size()), XSDDatatype.XSDlong));
        dsg.add(g, g, MODIFIED, NodeFactory.createLiteralDT(Long.toString(stamp.modified()), XSDDatatype.XSDlong));
    }

    /** Every stored document by the source path it was read from. Call in a transaction. */
    public static Map<String, Stored> read(DatasetGraph dsg) {
        Map<String, Stored> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, PATH, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(q.getSubject())) {
                return;
            }
            Node g = q.getGraph();
            long size = number(dsg, g, SIZE);
            long modified = number(dsg, g, MODIFIED);
            out.put(q.getObject().getLiteralLexicalForm(), new Stored(g, new Stamp(size, modified)));
        });
        return out;
    }

    private static long number(DatasetGraph dsg, Node g, Node p) {
        var it = dsg.find(g, g, p, Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : -1;
    }
}

package org.exchangeatlas.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.exchangeatlas.model.AtlasNodes;

/**
 * The two figures a build's summary gives, cheap enough to count after every build (the full
 * {@link StoreCounts} also gathers the statements of every claim, which only {@code atlas stats}
 * needs). Call inside a transaction.
 *
 * @param triples  distinct triples of the union graph
 * @param programs {@code atlas:Program}s
 */
public record StoreSize(long triples, long programs) {

    public static StoreSize of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            StoreCounts c = StoreCounts.of(dsg);
            return new StoreSize(c.triples(), c.programs());
        }
        IndexCounts index = new IndexCounts(TDBInternal.getDatasetGraphTDB(dsg));
        return new StoreSize(index.totals().triples(),
                index.distinctSubjects(AtlasNodes.RDF_TYPE, AtlasNodes.PROGRAM));
    }
}

package org.exchangeatlas.extract;

import java.util.List;
import org.exchangeatlas.source.Span;

/**
 * Reads from running text who organizes, hosts and co-organizes a program (由商务部主办、某学院承办,
 * "sponsored by MOFCOM and implemented by ..."). The prose readers implement it; the notice
 * extractor is given one, so that a notice written partly in prose (一、项目概况 本项目由……主办，……承办)
 * states what its fields do not, without the notice readers depending on the prose readers.
 */
public interface ProseRelations {
    /** A relation found: the program property, the organization, and the passage that states it. */
    record Found(String property, Value organization, Span span) {}

    /** Reads none: a notice extractor given no prose reader reads only fields. */
    ProseRelations NONE = (text, span) -> List.of();

    /** The relations {@code text[span]} states, in order. */
    List<Found> in(String text, Span span);
}

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

    /**
     * The reader for one document, whose self-references (我院, 本中心) stand for the institution
     * that publishes it, where that can be told; this one where it cannot.
     */
    default ProseRelations of(org.exchangeatlas.source.Document document) {
        return this;
    }

    /** The relations {@code text[span]} states, in order. */
    List<Found> in(String text, Span span);

    /**
     * The body that issues a notice of its own programs on the notice's head line (商务部办公厅关于
     * 2025年第二批援外培训项目招生工作的通知): their organizer. None for a unit (a college issues a
     * notice of what it hosts for a ministry), for a notice it forwards (转发), or when {@code head}
     * has no such line.
     */
    default java.util.Optional<Found> issuer(String text, Span head) {
        return java.util.Optional.empty();
    }
}

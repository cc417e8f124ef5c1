package org.exchangeatlas.push;

import java.util.List;

/**
 * What a push did: the graphs sent (whose content changed since the last successful push to the
 * endpoint, or never pushed) and how many were left alone as unchanged.
 *
 * @param sent      the IRIs of the graphs sent, in order
 * @param unchanged how many graphs were not sent because the endpoint already has their content
 * @param triples   the triples sent
 */
public record PushReport(List<String> sent, int unchanged, long triples) {
    public PushReport {
        sent = List.copyOf(sent);
    }
}

package org.exchangeatlas.extract.prose;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Mention;

/**
 * Who came, as a sentence states it: "来自越南、老挝等12个国家的25名官员", "thirty-one officials
 * from six countries".
 *
 * @param count     the number of participants and where it is written, if stated
 * @param countries the countries named as theirs (a list ending in 等 is partial, but each is one)
 * @param groups    the groups or regions named as theirs (来自9个非洲国家: Africa)
 * @param roles     the roles named after the count (官员: government officials)
 */
public record Participants(Optional<Counted> count, List<Mention> countries, List<Mention> groups, List<Mention> roles) {

    /** A number and the span that writes it. */
    public record Counted(int value, Span span) {}

    public boolean isEmpty() {
        return count.isEmpty() && countries.isEmpty() && groups.isEmpty() && roles.isEmpty();
    }
}

package org.exchangeatlas.extract.prose;

import static org.exchangeatlas.model.AtlasTerms.scheme;

import java.util.List;
import org.exchangeatlas.vocab.Concept;
import org.exchangeatlas.vocab.DictionaryMatcher;

/**
 * The role readers give participants known only as officials ("34 officials from Laos", a notice's
 * "Livestock officers", 学员来自各国农业部门): government officials, found by its label in
 * {@code vocab/roles.ttl} so that every reader names the same concept.
 */
public final class GovernmentOfficials {
    private GovernmentOfficials() {}

    /** The role of government officials in {@code matcher}'s vocabulary (empty if it has none). */
    public static List<Concept> role(DictionaryMatcher matcher) {
        return matcher.lookup("government officials", List.of(scheme("roles")));
    }
}

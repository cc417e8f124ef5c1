package org.exchangeatlas.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Clauses;
import org.exchangeatlas.extract.ProseRelations;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The relation cues of running text read for the notice extractor: the organizations of each
 * clause (bodies, units named by their suffix) and the cues that say what each is to the program.
 * A page's self-reference (我院) has no institution to stand for here and is left out.
 */
public final class ProseRelationReader implements ProseRelations {
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。：:\\n]");
    private static final Value NOBODY = new Value.Name(Value.Name.ORGANIZATION, "");

    private final OrganizationFinder orgs;
    private final ClauseReader clauses;

    public ProseRelationReader(DictionaryMatcher matcher, Vocabulary vocabulary) {
        this.orgs = new OrganizationFinder(matcher);
        this.clauses = new ClauseReader(matcher, vocabulary);
    }

    @Override
    public List<Found> in(String text, Span span) {
        List<OrgMention> found = orgs.find(text, span.start(), span.end(), NOBODY).stream()
                .filter(o -> o.value() != NOBODY).toList();
        List<Found> out = new ArrayList<>();
        if (found.isEmpty()) {
            return out;
        }
        for (Span clause : Clauses.between(text, span, CLAUSE_END)) {
            for (Relation r : clauses.read(text, clause, found)) {
                Span cited = new Span(Math.min(r.org().span().start(), r.cue().start()), Math.max(r.org().span().end(), r.cue().end()));
                out.add(new Found(r.property(), r.org().value(), cited));
            }
        }
        return out;
    }
}

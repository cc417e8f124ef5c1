package org.exchangeatlas.extract.prose;

import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * The readers of prose that the news and reporting extractors share, built once per extractor
 * from the vocabularies: organizations, relation cues, participants, program names, the
 * publishing unit and requirements.
 */
public record ProseReaders(DictionaryMatcher matcher, Vocabulary vocabulary, OrganizationFinder orgs,
                           ClauseReader clauses, ParticipantReader participants, ProgramNames names,
                           PublishingUnit publisher, RequirementReader requirements) {

    /** The readers over {@code vocabulary}, matched by {@code matcher}. */
    public static ProseReaders of(DictionaryMatcher matcher, Vocabulary vocabulary) {
        OrganizationFinder orgs = new OrganizationFinder(matcher, vocabulary.homeCountry());
        return new ProseReaders(matcher, vocabulary, orgs, new ClauseReader(matcher, vocabulary),
                new ParticipantReader(matcher), new ProgramNames(matcher), new PublishingUnit(orgs),
                new RequirementReader(matcher, vocabulary.clausePatterns()));
    }
}

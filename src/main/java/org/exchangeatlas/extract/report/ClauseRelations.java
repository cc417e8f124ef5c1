package org.exchangeatlas.extract.report;

import static org.exchangeatlas.model.AtlasTerms.ORGANIZER;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.extract.prose.ParticipantReader;
import org.exchangeatlas.extract.prose.Participants;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.extract.prose.Abbreviations;
import org.exchangeatlas.extract.prose.ClauseReader;
import org.exchangeatlas.extract.prose.OrganizationFinder;
import org.exchangeatlas.extract.prose.Relation;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Concept;

/**
 * What the relation cues of a clause of reporting say ("sponsored by MOFCOM and implemented by
 * Yunnan University", "hosted by our university"), for {@link ArticleReading}: which of the
 * clause's bodies run its program, who else is named as host or co-organizer, and how many took part. A body that a
 * cue makes a host or co-organizer does not run the program; where a cue names the organizer, a
 * body beside no cue (a lecturer's ministry) does not either.
 */
final class ClauseRelations {
    private final String text;
    private final OrganizationFinder orgs;
    private final ClauseReader reader;
    private final Value self;
    private final ParticipantReader participants;
    private final Abbreviations abbreviations;

    ClauseRelations(String text, OrganizationFinder orgs, ClauseReader reader, Value self, ParticipantReader participants) {
        this.text = text;
        this.orgs = orgs;
        this.reader = reader;
        this.self = self;
        this.participants = participants;
        this.abbreviations = Abbreviations.in(text, orgs, self);
    }

    /** The participants the clause states ("thirty-one officials from six countries"): a count, if it gives one. */
    Participants participants(Span clause) {
        return participants.read(text, clause);
    }

    /** The relations the cues of {@code clause} state; else the teaching unit it says its program is held at ({@link HeldAt}). */
    List<Relation> of(Span clause) {
        List<org.exchangeatlas.extract.prose.OrgMention> named =
                abbreviations.with(orgs.find(text, clause.start(), clause.end(), self), text, clause.start(), clause.end());
        List<Relation> read = reader.read(text, clause, named);
        if (read.stream().anyMatch(r -> !r.property().equals(ORGANIZER))) {
            return read;
        }
        List<Relation> out = new java.util.ArrayList<>(read);
        out.addAll(HeldAt.in(text, clause, named));
        return out;
    }

    /** The clause's bodies that run its program, given what its cues say. */
    static List<Concept> organizers(List<Concept> bodies, List<Relation> relations) {
        if (relations.isEmpty()) {
            return bodies;
        }
        boolean organizerNamed = relations.stream().anyMatch(r -> r.property().equals(ORGANIZER));
        return bodies.stream().filter(b -> organizerNamed ? has(relations, b, true) : !has(relations, b, false)).toList();
    }

    /** The bodies a cue makes organizers, in order. */
    static List<String> organizerIris(List<Relation> relations) {
        return relations.stream().filter(r -> r.property().equals(ORGANIZER) && r.org().value() instanceof Value.Iri)
                .map(r -> ((Value.Iri) r.org().value()).iri()).distinct().toList();
    }

    /** Whether a cue names {@code body} (as organizer only, when {@code asOrganizer}). */
    private static boolean has(List<Relation> relations, Concept body, boolean asOrganizer) {
        return relations.stream().anyMatch(r -> r.org().value() instanceof Value.Iri i && i.iri().equals(body.iri())
                && (!asOrganizer || r.property().equals(ORGANIZER)));
    }
}

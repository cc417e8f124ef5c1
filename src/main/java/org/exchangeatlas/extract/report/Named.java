package org.exchangeatlas.extract.report;

import java.util.ArrayList;
import java.util.List;
import org.exchangeatlas.vocab.Concept;

/**
 * What one clause of an article names, sorted by what it may be to a program: the bodies that may
 * run it, partners named "together with" one, whether "the ministry" points back to a body, its
 * targets, roles, topics, requirements, kinds and delivery, whether it has a program word and
 * whether it tells of a meeting.
 */
record Named(List<Concept> bodies, List<Concept> partners, boolean anaphor, List<Concept> countries,
             List<Concept> groups, List<Concept> roles, List<Concept> topics, List<Concept> requirements,
             List<Concept> types, List<Concept> delivery, boolean programWord, boolean meeting) {

    Named withBodies(List<Concept> runBy) {
        return new Named(runBy, partners, anaphor, countries, groups, roles, topics, requirements, types, delivery,
                programWord, meeting);
    }

    List<Concept> targets() {
        List<Concept> t = new ArrayList<>(groups);
        t.addAll(countries);
        return t;
    }

    /** Whether it says what a program is about: a target, role, topic or requirement. */
    boolean about() {
        return !countries.isEmpty() || !groups.isEmpty() || !roles.isEmpty() || !topics.isEmpty()
                || !requirements.isEmpty();
    }
}

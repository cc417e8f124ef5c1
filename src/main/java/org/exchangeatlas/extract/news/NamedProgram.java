package org.exchangeatlas.extract.news;

import static org.exchangeatlas.model.AtlasTerms.id;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exchangeatlas.extract.TitleFinder;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.vocab.Mention;

/**
 * A program a page of prose names, and what has been stated of it once and only once: the state
 * {@link NewsReading} keeps per program.
 */
final class NamedProgram {
    final TitleFinder.Title title;
    final String key;
    final String iri;
    final String folded;
    /** The name without its year and delivery bracket (港口管理研修班 for 2018年港口管理研修班（线上）). */
    final String core;
    final Set<String> stated = new HashSet<>();
    final List<Mention> delivery = new ArrayList<>();
    Optional<Integer> year = Optional.empty();
    /** The countries its trainees come from, as stated so far. */
    final Set<String> countries = new java.util.LinkedHashSet<>();
    /** The bodies that met its trainees, each with the sentence that says so. */
    final java.util.Map<String, Span> metBy = new java.util.LinkedHashMap<>();
    /** Where the page reports its ceremony held at a place, if it does. */
    Span ceremony;

    NamedProgram(TitleFinder.Title title, String key, String folded) {
        this.title = title;
        this.key = key;
        this.iri = id("program", key);
        this.folded = folded;
        this.core = folded.replaceFirst("^(?:19|20)\\d{2}年?", "").replaceFirst("[(（][^)）]{1,10}[)）]$", "");
    }
}


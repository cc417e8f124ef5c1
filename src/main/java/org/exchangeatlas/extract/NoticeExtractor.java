package org.exchangeatlas.extract;

import java.util.List;
import java.util.Optional;
import org.exchangeatlas.model.Iris;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.vocab.ClausePattern;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Mention;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Reads a program notice: the title by its grammar (year, target, role, topic, type, delivery),
 * then the labelled fields (主办/承办 units or Organizer/Implementing institution, dates, delivery,
 * language, invited countries, participants, count, courses, requirements). Every name is found
 * through the vocabularies' labels; a host unit no vocabulary knows is passed on as a name for
 * the resolver. Every fact carries the span that states it. What differs between languages is a
 * {@link NoticeGrammar}: {@link #chinese} and {@link #english} give the two we read. The reading
 * of one document is a {@code NoticeReading}; this class holds what all readings share.
 */
public final class NoticeExtractor implements Extractor {
    private final DictionaryMatcher matcher;
    private final Optional<String> homeCountry;
    private final List<ClausePattern> clausePatterns;
    private final NoticeLayout layout;
    private final NoticeGrammar grammar;
    private final ProseRelations prose;

    public NoticeExtractor(DictionaryMatcher matcher, Vocabulary vocabulary, NoticeGrammar grammar) {
        this(matcher, vocabulary, grammar, ProseRelations.NONE);
    }

    /** A notice reader that also reads the relation cues of the notice's running text with {@code prose}. */
    public NoticeExtractor(DictionaryMatcher matcher, Vocabulary vocabulary, NoticeGrammar grammar, ProseRelations prose) {
        this.matcher = matcher;
        this.homeCountry = vocabulary.homeCountry();
        this.clausePatterns = vocabulary.clausePatterns();
        this.layout = new NoticeLayout(matcher);
        this.grammar = grammar;
        this.prose = prose;
    }

    /** The reader of Chinese notices. */
    public static NoticeExtractor chinese(DictionaryMatcher matcher, Vocabulary vocabulary) {
        return new NoticeExtractor(matcher, vocabulary, new ChineseNoticeGrammar(matcher));
    }

    /** The reader of Chinese notices that also reads relations written in running text. */
    public static NoticeExtractor chinese(DictionaryMatcher matcher, Vocabulary vocabulary, ProseRelations prose) {
        return new NoticeExtractor(matcher, vocabulary, new ChineseNoticeGrammar(matcher), prose);
    }

    /** The reader of English notices (the versions sent to embassies). */
    public static NoticeExtractor english(DictionaryMatcher matcher, Vocabulary vocabulary) {
        return new NoticeExtractor(matcher, vocabulary, new EnglishNoticeGrammar(matcher));
    }

    /** The reader of English notices that also reads relations written in running text. */
    public static NoticeExtractor english(DictionaryMatcher matcher, Vocabulary vocabulary, ProseRelations prose) {
        return new NoticeExtractor(matcher, vocabulary, new EnglishNoticeGrammar(matcher), prose);
    }

    /**
     * Documents in the grammar's language laid out as a notice (at least two labelled fields), or
     * a revision that changes one field (关于调整……的通知 over 调整后时间：…), so that articles and
     * news are left to the reporting and news extractors.
     */
    @Override
    public boolean accepts(Document document) {
        if (!grammar.language().equals(document.language())) {
            return false;
        }
        return layout.isNoticeOrRevision(document.readableText());
    }

    @Override
    public void extract(Document document, RecordSink sink) {
        NoticeText notice = new NoticeText(document.readableText(), matcher, grammar, homeCountry);
        new NoticeReading(notice, layout, clausePatterns, Iris.document(document.sha256()), sink, prose.of(document)).read();
    }

    /** "Seminar on TOPIC for ROLE from TARGET, YEAR", from the English labels of the title's concepts. */
    public static String englishLabel(List<Mention> title, Optional<Integer> year) {
        return EnglishProgramLabel.of(title, year);
    }
}

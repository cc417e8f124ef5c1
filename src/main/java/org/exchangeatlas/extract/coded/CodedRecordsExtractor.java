package org.exchangeatlas.extract.coded;

import static org.exchangeatlas.model.AtlasTerms.XSD;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.exchangeatlas.extract.Extractor;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramKeys;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.UnreadableDocumentException;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.LanguageGuesser;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.source.TableTextReader;
import org.exchangeatlas.vocab.DictionaryMatcher;
import org.exchangeatlas.vocab.Vocabulary;

/**
 * Reads tables of coded records (CSV, a JSON array of objects, JSON Lines), one program a row,
 * through the table's mapping file:
 * <pre>
 * document text -> CsvTable / JsonTable (cells with their spans) -> MappingFile (column -> property)
 *               -> per row: a ProgramRecord (key from year and title, as for a notice, so that the
 *                  same program in a notice and a table is one program) and a Fact per cell value,
 *                  whose span is the value's characters in the file
 * </pre>
 * Values resolve through the vocabularies ({@link ValueReader}); a value that does not is a
 * problem named by row and column ({@code row 12, column countries: no country named "Narnia"})
 * and is left out, while the row's other facts land. A row without a title is a problem and is
 * not read. A table that does not parse, or has no mapping, or whose mapping names a column it
 * lacks, cannot be read at all ({@link UnreadableDocumentException}); nothing is pushed before
 * that is known. Rows are read and pushed one at a time ({@link Table#read}), so the records of a
 * large table flow to the sink without being gathered.
 */
public final class CodedRecordsExtractor implements Extractor {
    private static final Set<String> MEDIA_TYPES = Set.of(TableTextReader.CSV, TableTextReader.JSON, TableTextReader.JSONL);
    /** A key given in a column must be usable as the last segment of an IRI. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private final ValueReader values;
    private final LanguageGuesser languages;
    private final MappingSource mappings;

    /** Reads each table's mapping from the file beside it. */
    public CodedRecordsExtractor(DictionaryMatcher matcher, Vocabulary vocabulary, LanguageGuesser languages) {
        this(matcher, vocabulary, languages, MappingSource.BESIDE_THE_FILE);
    }

    public CodedRecordsExtractor(DictionaryMatcher matcher, Vocabulary vocabulary, LanguageGuesser languages,
                                 MappingSource mappings) {
        this.values = new ValueReader(matcher, vocabulary);
        this.languages = languages;
        this.mappings = mappings;
    }

    /** Tables, by media type (their language is {@code mul}, so no reader of prose takes them). */
    @Override
    public boolean accepts(Document document) {
        return MEDIA_TYPES.contains(document.mediaType());
    }

    @Override
    public void extract(Document document, RecordSink sink) {
        MappingFile mapping = mappings.mappingFor(document);
        String text = document.readableText();
        Table table = switch (document.mediaType()) {
            case TableTextReader.CSV -> CsvTable.parse(text);
            case TableTextReader.JSON -> JsonTable.parseArray(text);
            default -> JsonTable.parseLines(text);
        };
        mapping.checkAgainst(table.columns());
        table.read(new Table.Handler() {
            @Override
            public void row(Table.Row row) {
                new RowReader(text, row, mapping, sink).read();
            }

            @Override
            public void note(String note) {
                sink.problem(new Problem(note, null));
            }
        });
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A value of a cell: its characters in the text (trimmed) and what they say. */
    private record Part(Span span, String value) {}

    /** The reading of one row. */
    private final class RowReader {
        private final String text;
        private final Table.Row row;
        private final MappingFile mapping;
        private final RecordSink sink;

        RowReader(String text, Table.Row row, MappingFile mapping, RecordSink sink) {
            this.text = text;
            this.row = row;
            this.mapping = mapping;
            this.sink = sink;
        }

        void read() {
            String titleColumn = mapping.of(MappedProperty.TITLE).orElseThrow().columns().get(0);
            Optional<Part> title = single(titleColumn);
            if (title.isEmpty()) {
                problem("row " + row.number() + ": no title (column " + titleColumn + " is empty); row not read");
                return;
            }
            Optional<Part> yearPart = Optional.empty();
            Optional<Integer> year = Optional.empty();
            Optional<ColumnMapping> yearMapping = mapping.of(MappedProperty.YEAR);
            if (yearMapping.isPresent()) {
                String column = yearMapping.get().columns().get(0);
                yearPart = single(column);
                year = yearPart.flatMap(p -> ValueReader.year(p.value()));
                if (yearPart.isPresent() && year.isEmpty()) {
                    problem(at(column) + "not a year: \"" + yearPart.get().value() + "\"");
                    yearPart = Optional.empty();
                }
            }
            if (year.isEmpty()) {
                // the year a start date states (its own column's problems are reported where it is read)
                Optional<Part> start = mapping.of(MappedProperty.START_DATE)
                        .flatMap(m -> parts(m.columns().get(0), Optional.empty()).stream().findFirst());
                if (start.isPresent() && ValueReader.date(start.get().value()).isPresent()
                        && text.startsWith(start.get().value().substring(0, 4), start.get().span().start())) {
                    int from = start.get().span().start();
                    yearPart = Optional.of(new Part(new Span(from, from + 4), start.get().value().substring(0, 4)));
                    year = ValueReader.year(yearPart.get().value());
                }
            }
            String key = key().orElse(ProgramKeys.of(year, title.get().value()));
            String lang = languages.guess(title.get().value(), "en");
            ProgramRecord program = new ProgramRecord(key, title.get().value(), lang, null, title.get().span());
            sink.program(program);
            if (year.isPresent()) {
                fact(program, AtlasTerms.YEAR, new Value.Typed(String.valueOf(year.get()), XSD + "gYear"), yearPart.get().span());
            }
            for (ColumnMapping m : mapping.mappings()) {
                MappedProperty p = m.property();
                if (p == MappedProperty.TITLE || p == MappedProperty.KEY || p == MappedProperty.YEAR) {
                    continue;
                }
                for (String column : m.columns()) {
                    for (Part part : parts(column, m.split())) {
                        ValueReader.Read read = values.read(p, part.value());
                        if (read instanceof ValueReader.Read.Ok ok) {
                            fact(program, p.predicate(), ok.value(), part.span());
                        } else if (read instanceof ValueReader.Read.Failed failed) {
                            problem(at(column) + failed.reason());
                        }
                    }
                }
            }
        }

        private Optional<String> key() {
            Optional<ColumnMapping> m = mapping.of(MappedProperty.KEY);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            String column = m.get().columns().get(0);
            Optional<Part> part = single(column);
            if (part.isPresent() && !KEY.matcher(part.get().value()).matches()) {
                problem(at(column) + "not a key (letters, digits, '.', '_', '-'): \"" + part.get().value()
                        + "\"; the key is made from year and title");
                return Optional.empty();
            }
            return part.map(Part::value);
        }

        /** The one value of a column; a second is a problem and left out. */
        private Optional<Part> single(String column) {
            List<Part> parts = parts(column, Optional.empty());
            if (parts.size() > 1) {
                problem(at(column) + parts.size() + " values where one is expected; the first is read");
            }
            return parts.stream().findFirst();
        }

        /** The values of a cell: each item, split at {@code split}, trimmed, empty ones left out. */
        private List<Part> parts(String column, Optional<String> split) {
            Cell cell = row.cell(column);
            List<Part> out = new ArrayList<>();
            for (Span item : cell.items()) {
                int from = item.start();
                while (from <= item.end()) {
                    int to = split.isPresent() ? next(split.get(), from, item.end()) : item.end();
                    int a = from;
                    int b = to;
                    while (a < b && isSpace(text.charAt(a))) {
                        a++;
                    }
                    while (b > a && isSpace(text.charAt(b - 1))) {
                        b--;
                    }
                    if (b > a) {
                        String value = cell.encoding().decode(text.substring(a, b)).strip();
                        if (!value.isEmpty()) {
                            out.add(new Part(new Span(a, b), value));
                        }
                    }
                    from = to + split.map(String::length).orElse(1);
                }
            }
            return out;
        }

        /**
         * Where the next {@code separator} starts in {@code [from, end)}, or {@code end}: sought
         * within the cell only, so a cell without one costs its own length, not the rest of the file.
         */
        private int next(String separator, int from, int end) {
            for (int i = from; i + separator.length() <= end; i++) {
                if (text.startsWith(separator, i)) {
                    return i;
                }
            }
            return end;
        }

        private String at(String column) {
            return "row " + row.number() + ", column " + column + ": ";
        }

        private void fact(ProgramRecord program, String predicate, Value value, Span span) {
            sink.fact(new Fact(program.iri(), predicate, value, span));
        }

        private void problem(String message) {
            sink.problem(new Problem(message, null));
        }
    }
}

package webcare.source.file;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import webcare.source.file.MentionFields.BadField;

/**
 * Mentions from CSV (RFC 4180; LF or CRLF) with a header row naming the columns of
 * {@link CsvMentionWriter#COLUMNS} in any order and case; unknown columns are ignored. An empty
 * cell is an absent value, except in {@code text}, where it is empty text.
 *
 * <p>A record is one line unless a quoted value spans lines; it is reported by the number of its
 * first line. A record with more or fewer cells than the header is bad. Broken quoting (a quote
 * never closed, text after a closing quote) leaves the rest of the file ambiguous: it is reported
 * once and reading stops there.
 */
final class CsvMentionReader implements MentionReader {

    /** Longest record read, in characters; beyond it, most likely a quote was never closed. */
    static final int MAX_RECORD = 4_000_000;
    private static final List<String> REQUIRED = List.of("source", "id", "text", "created");

    private final RecordLimit limit;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private Map<String, Integer> columns;
    private int headerSize;
    private boolean stopped;
    private final Texts texts;

    /** @param texts the language bad lines are reported in */
    CsvMentionReader(InputStream in, Texts texts) throws IOException {
        this.texts = texts;
        this.limit = new RecordLimit(LineReader.decoding(in));
        this.parser = CSVFormat.RFC4180.parse(limit);
        this.records = parser.iterator();
    }

    @Override
    public ParsedLine next() throws IOException {
        while (!stopped) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                limit.startRecord();
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                stopped = true;
                if (e.getCause() instanceof RecordTooLong) {
                    return new ParsedLine.Bad(line, texts.format("csv.recordTooLong", String.valueOf(MAX_RECORD)));
                }
                return new ParsedLine.Bad(line, texts.format("csv.invalid", reason(e)));
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue; // a blank line
            }
            if (columns == null) {
                ParsedLine.Bad bad = header(line, record);
                if (bad != null) {
                    stopped = true;
                    return bad;
                }
                continue;
            }
            if (record.size() != headerSize) {
                return new ParsedLine.Bad(line, texts.format("csv.cells", String.valueOf(record.size()),
                        String.valueOf(headerSize)));
            }
            try {
                return new ParsedLine.Good(line, fields(record).toMention());
            } catch (BadField e) {
                return new ParsedLine.Bad(line, e.reason(texts));
            }
        }
        return null;
    }

    private ParsedLine.Bad header(long line, CSVRecord record) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            String known = known(name);
            if (known != null && found.putIfAbsent(known, i) != null) {
                return new ParsedLine.Bad(line, texts.format("csv.columnTwice", known));
            }
        }
        for (String required : REQUIRED) {
            if (!found.containsKey(required)) {
                return new ParsedLine.Bad(line, texts.format("csv.columnMissing", required));
            }
        }
        columns = found;
        headerSize = record.size();
        return null;
    }

    private static String known(String name) {
        for (String column : CsvMentionWriter.COLUMNS) {
            if (column.equalsIgnoreCase(name)) {
                return column;
            }
        }
        return null;
    }

    private MentionFields fields(CSVRecord record) throws BadField {
        MentionFields fields = new MentionFields("author_");
        fields.source = cell(record, "source");
        fields.instance = cell(record, "instance");
        fields.id = cell(record, "id");
        fields.kind = trimmed(record, "kind");
        fields.created = trimmed(record, "created");
        fields.updated = trimmed(record, "updated");
        fields.thread = cell(record, "thread");
        fields.inReplyTo = cell(record, "inReplyTo");
        fields.authorId = cell(record, "author_id");
        fields.authorHandle = cell(record, "author_handle");
        fields.authorName = cell(record, "author_name");
        fields.authorFollowers = whole(record, "author_followers");
        fields.authorUrl = cell(record, "author_url");
        String text = cell(record, "text");
        fields.text = text == null ? "" : text;
        fields.lang = cell(record, "lang");
        fields.rating = whole(record, "rating");
        fields.url = cell(record, "url");
        fields.truncated = flag(record, "truncated");
        fields.raw = cell(record, "raw");
        return fields;
    }

    /** The cell's value; null when the column is missing or the cell is empty. */
    private String cell(CSVRecord record, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.get(index);
        return value.isEmpty() ? null : value;
    }

    private String trimmed(CSVRecord record, String column) {
        String value = cell(record, column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Long whole(CSVRecord record, String column) throws BadField {
        String value = trimmed(record, column);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadField("field.wholeValue", column, MentionFields.quote(value));
        }
    }

    private boolean flag(CSVRecord record, String column) throws BadField {
        String value = trimmed(record, column);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadField("field.flagValue", column, MentionFields.quote(value));
    }

    /** The parser's own words, one line; never a class name. */
    private String reason(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("").strip();
        return message.isEmpty() ? texts.format("unexpected") : message;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Fails the read once a record has taken more than {@link #MAX_RECORD} characters. */
    private static final class RecordLimit extends FilterReader {
        private long sinceReset;

        RecordLimit(Reader in) {
            super(in);
        }

        void startRecord() {
            sinceReset = 0;
        }

        @Override
        public int read() throws IOException {
            count(1);
            return super.read();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(read);
            return read;
        }

        private void count(int read) throws RecordTooLong {
            if (read > 0) {
                sinceReset += read;
                if (sinceReset > MAX_RECORD) {
                    throw new RecordTooLong();
                }
            }
        }
    }

    private static final class RecordTooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }
}

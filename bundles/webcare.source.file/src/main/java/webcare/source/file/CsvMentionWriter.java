package webcare.source.file;

import static webcare.source.file.MentionFields.wellFormed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import webcare.model.Author;
import webcare.model.Mention;

/**
 * Mentions as CSV (RFC 4180: comma, double quotes where needed, CRLF), UTF-8, with a header row
 * naming {@link #COLUMNS}. Absent values are empty cells; {@link CsvMentionReader} reads back
 * exactly what was written.
 */
final class CsvMentionWriter implements MentionWriter {

    /** The columns, in the order written; the JSON Lines fields, {@code author.id} as {@code author_id}. */
    static final List<String> COLUMNS = List.of("source", "instance", "id", "kind", "created", "updated", "thread",
            "inReplyTo", "author_id", "author_handle", "author_name", "author_followers", "author_url", "text", "lang",
            "rating", "url", "truncated", "raw");

    private final Writer writer;
    private final CSVPrinter csv;
    private final Object[] row = new Object[COLUMNS.size()];

    CsvMentionWriter(OutputStream out) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(COLUMNS);
    }

    @Override
    public void write(Mention mention) throws IOException {
        Author author = mention.author() == null ? new Author(null, null, null, null, null) : mention.author();
        int i = 0;
        row[i++] = wellFormed(mention.source());
        row[i++] = wellFormed(mention.instance());
        row[i++] = wellFormed(mention.externalId());
        row[i++] = mention.kind().id();
        row[i++] = mention.created().toString();
        row[i++] = mention.updated() == null ? null : mention.updated().toString();
        row[i++] = wellFormed(mention.threadId());
        row[i++] = wellFormed(mention.inReplyTo());
        row[i++] = wellFormed(author.id());
        row[i++] = wellFormed(author.handle());
        row[i++] = wellFormed(author.name());
        row[i++] = author.followers();
        row[i++] = wellFormed(author.profileUrl());
        row[i++] = wellFormed(mention.text());
        row[i++] = wellFormed(mention.lang());
        row[i++] = mention.rating();
        row[i++] = wellFormed(mention.url());
        row[i++] = mention.truncated() ? "true" : "false";
        row[i] = wellFormed(mention.raw());
        csv.printRecord(row);
    }

    /** Writes out what is buffered; the stream stays open. */
    @Override
    public void close() throws IOException {
        csv.flush();
        writer.flush();
    }
}

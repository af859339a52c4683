package webcare.source.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The mention file formats (docs/MENTIONS.md). */
enum MentionFormat {

    JSONL("jsonl", "jsonl", "json", "ndjson") {
        @Override
        MentionReader reader(InputStream in, Texts texts) {
            return new JsonLinesReader(in, texts);
        }

        @Override
        MentionWriter writer(OutputStream out) throws IOException {
            return new JsonLinesWriter(out);
        }
    },

    CSV("csv", "csv") {
        @Override
        MentionReader reader(InputStream in, Texts texts) throws IOException {
            return new CsvMentionReader(in, texts);
        }

        @Override
        MentionWriter writer(OutputStream out) throws IOException {
            return new CsvMentionWriter(out);
        }
    };

    /** The name in {@code --format}. */
    final String id;
    /** The file name extensions it is read from, lower case, without the dot. */
    final List<String> extensions;

    MentionFormat(String id, String... extensions) {
        this.id = id;
        this.extensions = List.of(extensions);
    }

    /** Reads {@code in}, which the reader closes; bad lines are reported in English, as the commands print them. */
    MentionReader reader(InputStream in) throws IOException {
        return reader(in, Texts.ENGLISH);
    }

    /** Reads {@code in}, which the reader closes; bad lines are reported in the language of {@code texts}. */
    abstract MentionReader reader(InputStream in, Texts texts) throws IOException;

    /** Writes to {@code out}, which stays open. */
    abstract MentionWriter writer(OutputStream out) throws IOException;

    /** The format of a file by its extension: .jsonl, .json or .ndjson; .csv. Any case. */
    static Optional<MentionFormat> ofFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (MentionFormat format : values()) {
            for (String extension : format.extensions) {
                if (name.endsWith("." + extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** Every extension {@link #ofFile} knows, lower case, without the dot. */
    static List<String> extensions() {
        return Arrays.stream(values()).flatMap(format -> format.extensions.stream()).toList();
    }

    /** Why {@link #ofFile} knows no format for {@code file}: one line, saying what to do, in English. */
    static String unknown(String file) {
        return unknown(file, Texts.ENGLISH);
    }

    /** Why {@link #ofFile} knows no format for {@code file}, in the language of {@code texts}. */
    static String unknown(String file, Texts texts) {
        return texts.format("file.unknownFormat", file);
    }

    /** The format named {@code id} ({@code jsonl} or {@code csv}). */
    static Optional<MentionFormat> named(String id) {
        for (MentionFormat format : values()) {
            if (format.id.equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}

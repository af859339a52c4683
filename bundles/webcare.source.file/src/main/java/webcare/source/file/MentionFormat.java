package webcare.source.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The mention file formats (docs/MENTIONS.md). */
enum MentionFormat {

    JSONL("jsonl") {
        @Override
        MentionReader reader(InputStream in) {
            return new JsonLinesReader(in);
        }

        @Override
        MentionWriter writer(OutputStream out) throws IOException {
            return new JsonLinesWriter(out);
        }
    },

    CSV("csv") {
        @Override
        MentionReader reader(InputStream in) throws IOException {
            return new CsvMentionReader(in);
        }

        @Override
        MentionWriter writer(OutputStream out) throws IOException {
            return new CsvMentionWriter(out);
        }
    };

    /** The name in {@code --format}. */
    final String id;

    MentionFormat(String id) {
        this.id = id;
    }

    /** Reads {@code in}, which the reader closes. */
    abstract MentionReader reader(InputStream in) throws IOException;

    /** Writes to {@code out}, which stays open. */
    abstract MentionWriter writer(OutputStream out) throws IOException;

    /** The format of a file by its extension: .jsonl, .json or .ndjson; .csv. Any case. */
    static Optional<MentionFormat> ofFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        return name.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
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

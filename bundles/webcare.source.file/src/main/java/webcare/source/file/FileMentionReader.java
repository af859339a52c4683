package webcare.source.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import webcare.ingest.api.MentionFileReader;

/** Mention files read as a stream, in the formats {@code import} reads (docs/MENTIONS.md). */
@Component(service = MentionFileReader.class)
public final class FileMentionReader implements MentionFileReader {

    @Override
    public List<String> fileExtensions() {
        return MentionFormat.extensions();
    }

    @Override
    public void read(Path file, Lines lines) throws IOException {
        read(file, lines, Locale.ENGLISH);
    }

    @Override
    public void read(Path file, Lines lines, Locale language) throws IOException {
        Texts texts = Texts.of(language);
        MentionFormat format = MentionFormat.ofFile(file.getFileName().toString())
                .orElseThrow(() -> new IOException(MentionFormat.unknown(file.toString(), texts)));
        try (InputStream in = open(file, texts); MentionReader reader = format.reader(in, texts)) {
            for (ParsedLine line = reader.next(); line != null; line = reader.next()) {
                if (line instanceof ParsedLine.Good good) {
                    lines.mention(good.line(), good.mention());
                } else if (line instanceof ParsedLine.Bad bad) {
                    lines.bad(bad.line(), bad.reason());
                }
            }
        }
    }

    private static InputStream open(Path file, Texts texts) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new IOException(texts.format("file.noSuchFile", file.toString()), e);
        }
    }
}

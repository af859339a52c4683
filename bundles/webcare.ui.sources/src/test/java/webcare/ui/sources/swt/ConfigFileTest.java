package webcare.ui.sources.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path etc;

    @Test
    void aSourceFileHoldingATokenIsReadableByItsOwnerOnlyAndLeavesNothingBeside() throws Exception {
        Path file = etc.resolve("webcare.source.twitter-brand.cfg");
        Properties settings = new Properties();
        settings.setProperty("token", "AAAA-secret");
        settings.setProperty("query", "kwiek café");

        ConfigFile.write(file, settings, "Added in the workbench's Sources view");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Properties read = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            read.load(in);
        }
        assertThat(read).isEqualTo(settings);
        assertThat(Files.readString(file, StandardCharsets.US_ASCII)).as("ASCII, so UTF-8 and Latin-1 read it alike")
                .contains("caf\\u00E9");
        try (var files = Files.list(etc)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aWriteLeftHalfWayIsReplaced() throws Exception {
        Files.writeString(etc.resolve(".webcare.source.feed-forum.cfg.tmp"), "url = http://half");
        Properties settings = new Properties();
        settings.setProperty("url", "https://forum.example/feed.xml");

        ConfigFile.write(etc.resolve("webcare.source.feed-forum.cfg"), settings, "test");

        assertThat(etc.resolve("webcare.source.feed-forum.cfg")).content().contains("url=https\\://forum.example/feed.xml");
        assertThat(etc.resolve(".webcare.source.feed-forum.cfg.tmp")).doesNotExist();
    }
}

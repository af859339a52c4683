package webcare.diagnostics.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.diagnostics.api.ConfigurationProblem;

class SettingsFileTest {

    private static final String FILE = "etc/webcare.source.twitter-brand.cfg";

    @TempDir
    Path etc;

    @Test
    void namesTheLineAndKeyOfBytesThatAreNotUtf8OutsideComments() throws Exception {
        Path file = etc.resolve("webcare.source.twitter-brand.cfg");
        Files.write(file, ("# café, not in UTF-8\ntoken = abc\n  query: caf\u00E9 OR Kwiek\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(SettingsFile.notUtf8(FILE, file)).containsExactly(
                new ConfigurationProblem(FILE, "query", "line 3 holds bytes that are not UTF-8 (was the file saved as "
                        + "Latin-1 or Windows-1252?): save it as UTF-8"));
    }

    @Test
    void acceptsUtf8AndAFileGoneMeanwhile() throws Exception {
        Path file = Files.writeString(etc.resolve("webcare.source.feed-cafe.cfg"), "url = https://café.example/feed\n",
                StandardCharsets.UTF_8);

        assertThat(SettingsFile.notUtf8(FILE, file)).isEmpty();
        assertThat(SettingsFile.notUtf8(FILE, etc.resolve("gone.cfg"))).isEmpty();
    }

    @Test
    void theKeyIsWhatALineSetsWhicheverSeparatorItUses() {
        assertThat(SettingsFile.key("  token = abc")).isEqualTo("token");
        assertThat(SettingsFile.key("query:kwiek")).isEqualTo("query");
        assertThat(SettingsFile.key("pollSeconds 60")).isEqualTo("pollSeconds");
    }
}

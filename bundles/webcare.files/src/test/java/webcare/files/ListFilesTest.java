package webcare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFilesTest {

    @TempDir
    Path etc;

    @Test
    void aTeamsFilesAreReadInNameOrderWithTheirPlacesSkippingCommentsAndBlankLines() throws IOException {
        Files.writeString(etc.resolve("abuse-nl.txt"), "\uFEFF# ours\n\n  sukkel  \nmongool\n", StandardCharsets.UTF_8);
        Files.writeString(etc.resolve("abuse-en.txt"), "moron\n", StandardCharsets.UTF_8);
        Files.writeString(etc.resolve("threats-nl.txt"), "ik weet waar je woont\n", StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();

        List<ListFiles.Line> lines = ListFiles.team(etc, "etc", "abuse-*.txt", problems::add);

        assertThat(lines).containsExactly(new ListFiles.Line("etc/abuse-en.txt:1", "moron"),
                new ListFiles.Line("etc/abuse-nl.txt:3", "sukkel"), new ListFiles.Line("etc/abuse-nl.txt:4", "mongool"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aFileThatIsNoUtf8IsNamedAndSkippedAndAMissingFolderIsNoList() throws IOException {
        Files.write(etc.resolve("bad.txt"), new byte[] {'o', 'k', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
        Files.writeString(etc.resolve("good.txt"), "fine\n", StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();

        assertThat(ListFiles.team(etc, "etc/tone", "*.txt", problems::add))
                .containsExactly(new ListFiles.Line("etc/tone/good.txt:1", "fine"));
        assertThat(problems).containsExactly("etc/tone/bad.txt: not UTF-8 text; save it as UTF-8 (the file is skipped)");
        assertThat(ListFiles.team(etc.resolve("none"), "etc/none", "*.txt", problems::add)).isEmpty();
    }

    @Test
    void aBundledListThatIsMissingIsABuildError() {
        assertThatThrownBy(() -> ListFiles.bundled(ListFilesTest.class, "missing.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing.txt");
    }
}

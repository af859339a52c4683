package webcare.ui.sources.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.ingest.api.ImportProgress;
import webcare.ingest.api.ImportRun;
import webcare.ingest.api.ImportSummary;
import webcare.ingest.api.MentionFileImport;
import webcare.ui.api.WorkbenchView;
import webcare.ui.testing.SwtShell;

/**
 * The import row of the Sources view in a real window (a private Xvfb when there is no screen):
 * the service is asked in the window's language, and a failure is a sentence in it.
 */
class ImportPanelTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private Shell window;
    private ImportPanel panel;

    @BeforeEach
    void window() {
        window = swt.shell();
        window.setLayout(new GridLayout(1, false));
        window.setSize(900, 300);
        window.open();
    }

    private void open(Locale locale) {
        Button trigger = new Button(window, SWT.PUSH);
        panel = new ImportPanel(window, trigger, WorkbenchView.texts(SourcesView.class, locale), locale, () -> {});
    }

    /** The status line's text, once the UI thread has handled what the import sent it. */
    private String statusOnce(BooleanSupplier done) {
        swt.pumpUntil("the import's end", done, DEADLINE);
        swt.drain();
        return labels(panel.row()).get(0);
    }

    private static List<String> labels(Composite parent) {
        List<String> texts = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            }
        }
        return texts;
    }

    @Test
    void asksTheServiceInTheWindowsLanguageAndShowsItsSentence() {
        open(DUTCH);
        FakeImport service = new FakeImport(CompletableFuture.failedFuture(new Exception("'berichten.jsonl' kan niet "
                + "worden gelezen: het bestand bestaat niet; er is niets van geïmporteerd: controleer het bestand en "
                + "importeer het opnieuw")));

        panel.start(service, Path.of("/tmp/berichten.jsonl"));

        assertThat(statusOnce(() -> service.run.result.isDone())).isEqualTo("'berichten.jsonl' kan niet worden "
                + "gelezen: het bestand bestaat niet; er is niets van geïmporteerd: controleer het bestand en "
                + "importeer het opnieuw");
        assertThat(service.askedIn).isEqualTo(DUTCH);
    }

    @Test
    void saysAServiceThatWentAwayInDutchWithoutAClassName() {
        open(DUTCH);
        MentionFileImport gone = new FakeImport(null) {
            @Override
            public ImportRun start(Path file, Consumer<ImportProgress> progress, Locale language) {
                throw new IllegalStateException();
            }
        };

        panel.start(gone, Path.of("/tmp/berichten.jsonl"));

        assertThat(statusOnce(() -> true)).isEqualTo("geen verdere uitleg; het logboek in logs/ zegt misschien meer");
    }

    @Test
    void showsTheCountsOfAFinishedImportInTheWindowsLanguage() {
        open(DUTCH);
        FakeImport service = new FakeImport(CompletableFuture.completedFuture(new ImportSummary(4_000, 2, 1, 3,
                List.of("regel 2: 'id' ontbreekt"), false)));

        panel.start(service, Path.of("/tmp/berichten.jsonl"));

        assertThat(statusOnce(() -> service.run.result.isDone())).isEqualTo("'berichten.jsonl' geïmporteerd: "
                + "4.000 nieuw, 2 bewerkt, 1 ongewijzigd, 3 foute regels");
    }

    /** An import service whose every run ends as {@code result}, noting the language it was asked in. */
    private static class FakeImport implements MentionFileImport {
        private final CompletableFuture<ImportSummary> result;
        Locale askedIn;
        FakeRun run;

        FakeImport(CompletableFuture<ImportSummary> result) {
            this.result = result;
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("jsonl");
        }

        @Override
        public ImportRun start(Path file, Consumer<ImportProgress> progress) {
            throw new AssertionError("the window's language is to be passed");
        }

        @Override
        public ImportRun start(Path file, Consumer<ImportProgress> progress, Locale language) {
            askedIn = language;
            run = new FakeRun(result);
            return run;
        }
    }

    private static final class FakeRun implements ImportRun {
        final CompletableFuture<ImportSummary> result;

        FakeRun(CompletableFuture<ImportSummary> result) {
            this.result = result;
        }

        @Override
        public void cancel() {}

        @Override
        public CompletionStage<ImportSummary> result() {
            return result;
        }
    }
}

package webcare.ui.sources.swt;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.ui.testing.Controls.below;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;
import webcare.ui.api.WorkbenchView;
import webcare.ui.testing.SwtShell;

/**
 * The Add-source dialog in a real window, on the display Surefire's java gives it
 * ({@code bundles/ui-test-jvm/bin/java}: a private Xvfb when there is no screen), with a
 * connector's metatype written by hand.
 */
class SourceDialogTest {

    @TempDir
    Path etc;

    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private Shell window;
    private Shell dialog;

    @BeforeEach
    void window() {
        window = swt.shell();
        window.setSize(1000, 700);
        window.open();
    }

    private void open(Locale locale) {
        Map<String, ObjectClassDefinition> types = new LinkedHashMap<>();
        types.put("webcare.source.twitter", new Type("X (Twitter) source", List.of(
                new Setting("baseUrl", "API address", AttributeDefinition.STRING, false, "https://api.twitter.com"),
                new Setting("token", "Bearer token", AttributeDefinition.PASSWORD, true, null),
                new Setting("pollSeconds", "Poll interval", AttributeDefinition.INTEGER, false, "120"),
                new Setting("query", "Search query", AttributeDefinition.STRING, false, null),
                new Setting("mood", "Mood of the day", AttributeDefinition.STRING, false, null))));
        types.put("webcare.source.facebook", new Type("Facebook page source", List.of(
                new Setting("pageId", "Page id", AttributeDefinition.STRING, true, null),
                new Setting("includeRatings", "Read ratings", AttributeDefinition.BOOLEAN, false, "true"))));
        dialog = new SourceDialog(window, WorkbenchView.texts(SourcesView.class, locale), types, etc).open();
        swt.drain();
    }

    @Test
    void showsDutchLabelsWithUnitsAndFallsBackToTheMetatypeName() {
        open(Locale.forLanguageTag("nl"));

        assertThat(dialog.getText()).isEqualTo("Bron toevoegen");
        assertThat(labels()).contains("Soort", "Naam *", "API-adres", "Toegangstoken *", "Pollinterval (seconden)",
                "Zoekopdracht", "Mood of the day");
        assertThat(((Text) control("token")).getEchoChar()).as("the token is masked").isNotEqualTo('\0');
        assertThat(((Text) control("pollSeconds")).getText()).isEqualTo("120");
    }

    @Test
    void showsNoErrorBeforeInputButOneAfterTypingOrAdd() throws IOException {
        open(Locale.forLanguageTag("nl"));

        assertThat(problem()).as("nothing was done yet").isEmpty();

        type("pollSeconds", "twee");
        assertThat(problem()).isEqualTo("Pollinterval (seconden): vul een heel getal in.");
        type("pollSeconds", "120");
        assertThat(problem()).as("the name and token were not touched yet").isEmpty();

        press("add");
        assertThat(problem()).startsWith("Naam:");
        assertThat(etc).as("nothing written").isEmptyDirectory();

        type("name", "brand");
        assertThat(problem()).isEqualTo("Toegangstoken is verplicht.");
    }

    @Test
    void addWritesTheFileWithWhatWasFilledIn() throws IOException {
        open(Locale.ENGLISH);
        type("name", "brand");
        type("token", "AAAA");
        type("query", "@kwiek");

        press("add");

        assertThat(dialog.isDisposed()).isTrue();
        Properties written = new Properties();
        try (InputStream in = Files.newInputStream(etc.resolve("webcare.source.twitter-brand.cfg"))) {
            written.load(in);
        }
        assertThat(written).containsEntry("token", "AAAA").containsEntry("query", "@kwiek")
                .containsEntry("pollSeconds", "120").doesNotContainKey("mood");
    }

    @Test
    void theShowToggleUnmasksTheToken() {
        open(Locale.ENGLISH);
        Button show = (Button) control("token.show");
        assertThat(show.getText()).isEqualTo("Show");

        show.setSelection(true);
        show.notifyListeners(SWT.Selection, new Event());

        assertThat(((Text) control("token")).getEchoChar()).isEqualTo('\0');
    }

    @Test
    void isWideEnoughForEveryLabelAndField() {
        open(Locale.forLanguageTag("nl"));
        Point size = dialog.getSize();

        assertThat(size.x).isGreaterThanOrEqualTo(dialog.computeSize(SWT.DEFAULT, SWT.DEFAULT).x - 1);
        for (Control control : below(dialog).toList()) {
            if (control instanceof Label label && !label.getText().isEmpty() && (label.getStyle() & SWT.WRAP) == 0) {
                assertThat(label.getSize().x).as("label '%s' is not cut", label.getText())
                        .isGreaterThanOrEqualTo(textWidth(label));
            }
        }
        assertThat(control("token").getSize().x).as("room for a token").isGreaterThan(250);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private List<String> labels() {
        return below(dialog).filter(Label.class::isInstance).map(control -> ((Label) control).getText())
                .toList();
    }

    private String problem() {
        return ((Label) control("problem")).getText();
    }

    private Control control(String id) {
        return below(dialog).filter(control -> id.equals(control.getData("id"))).findFirst().orElseThrow(
                () -> new AssertionError("no control " + id));
    }

    private void type(String id, String text) {
        Text field = (Text) control(id);
        field.setText(text);
        field.notifyListeners(SWT.FocusOut, new Event());
        swt.drain();
    }

    private void press(String id) {
        control(id).notifyListeners(SWT.Selection, new Event());
        swt.drain();
    }

    private static int textWidth(Label label) {
        GC gc = new GC(label);
        try {
            return gc.textExtent(label.getText()).x;
        } finally {
            gc.dispose();
        }
    }

    private record Type(String name, List<AttributeDefinition> settings) implements ObjectClassDefinition {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getID() {
            return name;
        }

        @Override
        public String getDescription() {
            return name;
        }

        @Override
        public AttributeDefinition[] getAttributeDefinitions(int filter) {
            return settings.stream().filter(setting -> filter == ALL
                    || (filter == REQUIRED) == ((Setting) setting).required).toArray(AttributeDefinition[]::new);
        }

        @Override
        public InputStream getIcon(int size) {
            return null;
        }
    }

    private record Setting(String id, String name, int type, boolean required, String fallback)
            implements AttributeDefinition {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getID() {
            return id;
        }

        @Override
        public String getDescription() {
            return name + ", described";
        }

        @Override
        public int getCardinality() {
            return 0;
        }

        @Override
        public int getType() {
            return type;
        }

        @Override
        public String[] getOptionValues() {
            return null;
        }

        @Override
        public String[] getOptionLabels() {
            return null;
        }

        @Override
        public String validate(String value) {
            return type == INTEGER && Integer.parseInt(value) < 60 ? "Value is less than minimum 60" : "";
        }

        @Override
        public String[] getDefaultValue() {
            return Optional.ofNullable(fallback).map(value -> new String[] {value}).orElse(null);
        }
    }
}

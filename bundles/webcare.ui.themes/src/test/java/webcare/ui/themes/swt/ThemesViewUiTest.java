package webcare.ui.themes.swt;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.ui.testing.Controls.find;
import static webcare.ui.testing.Controls.label;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.StoreException;
import webcare.store.sql.SqlComplaintRepository;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;
import webcare.store.testing.MemoryStore;
import webcare.themes.GrowingThemes;
import webcare.ui.testing.Screenshots;
import webcare.ui.testing.SwtShell;
import webcare.ui.testing.TestSite;
import webcare.ui.themes.model.ThemesWork;

/** The Themes view on a real H2 store with triaged fixture complaints, driven as a user would. */
class ThemesViewUiTest {

    private static final Instant NOW = Instant.parse("2026-12-05T13:30:00Z");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @TempDir
    Path data;

    private H2Store store;
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();
    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private Shell shell;
    private TestSite site;
    private int nextId;

    @BeforeEach
    void open() {
        store = new H2Store(new HomeLaunch(data));
        swt.closeAfter(store::close);
    }

    @Test
    void showsTheThemeThatGrewWithItsBarAndExamplesAndReadsAgainOnF5() throws Exception {
        String[] waiting = {"Wachttijd bij de klantenservice is belachelijk lang", "Klantenservice neemt nooit op",
            "Al een uur in de wacht bij de klantenservice", "Klantenservice belt niet terug"};
        for (String text : waiting) {
            complaint("twitter", text, null, Duration.ofDays(10));
            complaint("twitter", text, null, Duration.ofDays(3));
        }
        complaint("twitter", "De pinautomaat in Utrecht is weer kapot", null, Duration.ofHours(30));
        complaint("google", "Pinautomaat kapot, kon niet betalen", 1, Duration.ofHours(20));
        complaint("twitter", "Jullie pinautomaat slikt mijn pas in <b>echt</b>", null, Duration.ofHours(10));
        complaint("twitter", "Pinautomaat geeft een foutmelding", null, Duration.ofHours(2));

        Composite view = show(DUTCH);
        Table table = find(view, Table.class, any -> true);

        assertThat(table.getItemCount()).isPositive();
        assertThat(table.getItem(0).getText(0)).isEqualTo("pinautomaat");
        assertThat(table.getItem(0).getText(1)).isEqualTo("4");
        assertThat(table.getItem(0).getText(2)).isEqualTo("0");
        assertThat(table.getItem(0).getText(3)).isEqualTo("\u00d7 5,0");
        assertThat(items(table)).doesNotContain("klantenservice", "de", "is", "niet");
        assertThat(label(view, "klachten van").getText()).startsWith("8 klachten van 28-11-2026 14:30 tot 5-12-2026 14:30;"
                + " 4 in de periode ervoor");

        Text examples = find(view, Text.class, text -> (text.getStyle() & SWT.READ_ONLY) != 0);
        assertThat(examples.getText()).startsWith("5-12-2026 12:30 \u00b7 X/Twitter\nPinautomaat geeft een foutmelding")
                .contains("Jullie pinautomaat slikt mijn pas in <b>echt</b>", "\u00b7 Google\n");
        assertThat(label(view, "Voorbeelden van").getText()).isEqualTo("Voorbeelden van \u201epinautomaat\u201d (nieuwste eerst)");

        site.settle(Duration.ofMillis(200)); // let GTK paint
        Canvas canvas = find(view, Canvas.class, any -> true);
        assertThat(barPixels(canvas)).as("bars drawn in the chart's colours").isPositive();
        Screenshots.write(shell, Path.of("target", "themes-nl.png"));

        complaint("twitter", "Parkeergarage dicht en geen bordje", null, Duration.ofHours(1));
        complaint("twitter", "Parkeergarage weer dicht", null, Duration.ofHours(1));
        complaint("twitter", "Waarom is de parkeergarage dicht?", null, Duration.ofHours(1));
        complaint("twitter", "Parkeergarage dicht, moest omrijden", null, Duration.ofHours(1));
        complaint("twitter", "Parkeergarage dicht!!", null, Duration.ofHours(1));
        press(table, SWT.F5);
        site.settle();
        assertThat(items(table)).containsExactly("parkeergarage dicht", "pinautomaat");
        assertThat(table.getSelection()[0].getText(0)).as("the chosen theme stays chosen").isEqualTo("pinautomaat");
        assertThat(site.failures()).isEmpty();
    }

    @Test
    void filtersBySourceAndPeriod() throws Exception {
        complaint("google", "Tafel wiebelt, tafel wiebelt echt", 2, Duration.ofHours(5));
        complaint("google", "Wiebelende tafel en koude soep", 1, Duration.ofHours(6));
        complaint("google", "Koude soep geserveerd", 2, Duration.ofHours(7));
        complaint("google", "Soep was koud", 1, Duration.ofHours(8));
        complaint("twitter", "Bezorger belde niet aan", null, Duration.ofHours(3));
        complaint("twitter", "Bezorger belde niet aan, pakket weer mee", null, Duration.ofHours(4));
        complaint("twitter", "Bezorger belde niet eens aan", null, Duration.ofHours(5));
        complaint("twitter", "Bezorger weg zonder aan te bellen", null, Duration.ofHours(30));

        Composite view = show(Locale.ENGLISH);
        Table table = find(view, Table.class, any -> true);
        assertThat(items(table)).contains("bezorger belde", "soep");

        Combo source = find(view, Combo.class, combo -> combo.getItem(0).equals("All sources"));
        assertThat(source.getItems()).containsExactly("All sources", "Google", "X/Twitter");
        choose(source, 1);
        assertThat(items(table)).contains("soep").doesNotContain("bezorger belde");

        Combo period = find(view, Combo.class, combo -> combo.getItem(0).equals("Last 24 hours"));
        choose(source, 2);
        choose(period, 0);
        assertThat(items(table)).as("3 of the 4 in the last day, 1 the day before").containsExactly("bezorger belde");
        assertThat(label(view, "complaints from").getText()).startsWith("3 complaints from 4 Dec 2026 14:30 to 5 Dec 2026 14:30; 1 in");
    }

    @Test
    void saysWhyWhenThereIsNothingToShow() throws Exception {
        Composite view = show(Locale.ENGLISH);
        Table table = find(view, Table.class, any -> true);
        assertThat(table.getItemCount()).isZero();
        assertThat(label(view, "complaints from").getText()).startsWith("0 complaints from");
        assertThat(label(view, "Choose a theme").getText()).isEqualTo("Choose a theme to see the complaints it comes from.");
        site.settle(Duration.ofMillis(200));
        assertThat(barPixels(find(view, Canvas.class, any -> true))).isZero();
    }

    @Test
    void saysInOneLineWhenTheStoreFailsAndReadsAgainOnF5() {
        MemoryStore broken = new MemoryStore();
        broken.failFrom(1, "the database file is in use by another workbench; close that one first");
        Composite view = show(DUTCH, new ThemesWork(broken, new SqlComplaintRepository(), new GrowingThemes(),
                Clock.fixed(NOW, ZoneOffset.UTC)));

        Label problem = label(view, "De opslag gaf een fout");
        assertThat(problem.getText()).isEqualTo("De opslag gaf een fout: the database file is in use by another "
                + "workbench; close that one first. Kijk in de weergave Diagnose en druk dan op F5 om het opnieuw "
                + "te proberen.");
        assertThat(problem.isVisible()).isTrue();
        int asked = broken.transactions();
        press(find(view, Table.class, any -> true), SWT.F5);
        site.settle();
        assertThat(broken.transactions()).as("F5 asked the store again").isEqualTo(asked + 1);
    }

    private void complaint(String source, String text, Integer rating, Duration ago) throws StoreException {
        Mention mention = new Mention(source, "brand", "m" + nextId++, rating == null ? MentionKind.POST : MentionKind.REVIEW,
                null, null, new Author(null, "klant" + nextId, "Klant", 10L, null), text, "nl", rating, null,
                NOW.minus(ago), null, null, false);
        store.inTransaction(tx -> {
            mentions.save(tx, List.of(mention));
            StoredMention stored = inbox.untriaged(tx, 10).get(0);
            inbox.saveTriage(tx, List.of(new Triaged(stored.id(), "nl", -0.6, "NEGATIVE", "RESPOND", 50,
                    NOW.plus(Duration.ofHours(24)), "[]", "[]", true, NOW)), Set.of());
            return null;
        });
    }

    private Composite show(Locale locale) {
        return show(locale, new ThemesWork(store, new SqlComplaintRepository(), new GrowingThemes(),
                Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private Composite show(Locale locale, ThemesWork work) {
        site = swt.site(locale, "anna", List.of());
        Composite parent = swt.show("Themes", new ThemesView(work), site);
        shell = swt.shell();
        return parent;
    }

    private void choose(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        site.settle();
    }

    /** How many pixels of the canvas, read back from the screen, have a bar colour. */
    private static int barPixels(Canvas canvas) {
        canvas.update();
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(canvas);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            ImageData pixels = image.getImageData();
            Set<RGB> bars = Set.of(rgb(GrowthChart.BAR_RGB), rgb(GrowthChart.CHOSEN_RGB));
            int count = 0;
            for (int y = 0; y < pixels.height; y++) {
                for (int x = 0; x < pixels.width; x++) {
                    if (bars.contains(pixels.palette.getRGB(pixels.getPixel(x, y)))) {
                        count++;
                    }
                }
            }
            return count;
        } finally {
            image.dispose();
        }
    }

    private static RGB rgb(int rgb) {
        return new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    private static List<String> items(Table table) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            terms.add(table.getItem(i).getText(0));
        }
        return terms;
    }

    private static void press(Control control, int keyCode) {
        Event key = new Event();
        key.keyCode = keyCode;
        control.notifyListeners(SWT.KeyDown, key);
    }
}

package webcare.ui.dashboard.swt;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.ui.testing.Controls.find;
import static webcare.ui.testing.Controls.label;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.SignalRepository.StoredSignal;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.SqlSignalRepository;
import webcare.store.sql.H2Store;
import webcare.ui.testing.Screenshots;
import webcare.ui.testing.SwtShell;
import webcare.ui.testing.TestSite;

/** The dashboard over a real H2 store with a week of messages and one signal. */
class DashboardViewUiTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:30:00Z");

    @TempDir
    Path data;

    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private H2Store store;

    @BeforeEach
    void open() {
        store = new H2Store(new HomeLaunch(data));
        swt.closeAfter(store::close);
    }

    private void week() throws Exception {
        SqlMentionRepository mentions = new SqlMentionRepository();
        SqlInboxRepository inbox = new SqlInboxRepository();
        store.inTransaction(tx -> {
            List<Mention> batch = new ArrayList<>();
            int id = 0;
            for (int hour = 1; hour < 24 * 7; hour++) {
                int count = hour > 70 && hour < 74 ? 40 : 4;
                for (int i = 0; i < count; i++) {
                    String source = i % 3 == 0 ? "google" : "twitter";
                    batch.add(new Mention(source, "brand", "m" + id++, MentionKind.POST, null, null,
                            new Author(null, "a" + i, "A", 5L, null), "bericht " + id, null, null, null,
                            NOW.minus(Duration.ofHours(hour)), null, null, false));
                }
            }
            mentions.save(tx, batch);
            List<Triaged> triaged = new ArrayList<>();
            for (var each : inbox.untriaged(tx, batch.size())) {
                triaged.add(new Triaged(each.id(), "nl", 0, each.id() % 4 == 0 ? "NEGATIVE" : "NEUTRAL", "RESPOND", 50,
                        each.mention().created().plus(Duration.ofHours(24)), "[]", "[]", false, NOW));
            }
            inbox.saveTriage(tx, triaged, Set.of());
            new SqlSignalRepository().add(tx, new StoredSignal(0, NOW.minus(Duration.ofHours(73)),
                    NOW.minus(Duration.ofHours(74)), "all", "VOLUME", 160, 16, 12.5, List.of("storing", "betalen"),
                    List.of("klant1"), List.of(1L, 2L), Optional.empty()));
            return null;
        });
    }

    @Test
    void showsTheTilesTheWeekAndTheSignalAndHandsASignalToTheIncidentsView() throws Exception {
        week();
        TestSite site = swt.site(Locale.forLanguageTag("nl"), "anna", List.of());
        Composite view = swt.show("Dashboard", new DashboardView(store, new SqlInboxRepository(), new SqlSignalRepository(),
                Clock.fixed(NOW, ZoneOffset.UTC)), site);
        site.settle();

        assertThat(label(view, "te laat").getText()).endsWith("te laat");
        assertThat(label(view, "Er loopt geen incident").getText()).isEqualTo("Er loopt geen incident.");
        assertThat(label(view, "Nog geen crisisplan").getText()).isEqualTo("Nog geen crisisplan.");
        Table signals = find(view, Table.class, any -> true);
        assertThat(signals.getItemCount()).isEqualTo(1);
        assertThat(signals.getItem(0).getText(1)).isEqualTo("alle bronnen");
        assertThat(signals.getItem(0).getText(3)).isEqualTo("160 / 16");
        assertThat(signals.getItem(0).getText(4)).isEqualTo("storing, betalen");
        site.settle(Duration.ofMillis(200));
        Files.createDirectories(Path.of("target"));
        Screenshots.write(swt.shell(), Path.of("target", "dashboard-nl.png"));

        signals.setSelection(0);
        signals.notifyListeners(SWT.Selection, new Event());
        find(view, Button.class, button -> button.getText().replace("&", "").startsWith("Incident openen"))
                .notifyListeners(SWT.Selection, new Event());
        assertThat(site.opened()).containsExactly("incidents signal:1");
        assertThat(site.failures()).isEmpty();
    }
}

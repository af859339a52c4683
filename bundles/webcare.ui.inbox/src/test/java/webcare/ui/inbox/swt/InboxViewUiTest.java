package webcare.ui.inbox.swt;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.ui.testing.Controls.find;
import static webcare.ui.testing.Controls.label;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.reply.api.ReplyFields;
import webcare.reply.api.ReplyTemplate;
import webcare.reply.api.ReplyTemplates;
import webcare.reply.api.ToneCheck;
import webcare.reply.api.ToneWarning;
import webcare.source.api.PublishOutcome;
import webcare.source.api.ReplyRequest;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.Item;
import webcare.store.api.InboxRepository.Reply;
import webcare.store.api.InboxRepository.ReplyAction;
import webcare.store.api.InboxRepository.ReplyState;
import webcare.store.api.InboxRepository.Row;
import webcare.store.api.InboxRepository.Status;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.api.InboxRepository.WorkEntry;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;
import webcare.response.api.Incident;
import webcare.response.api.IncidentStatus;
import webcare.response.api.Incidents;
import webcare.response.api.Origin;
import webcare.triage.api.Decision;
import webcare.ui.api.Shortcut;
import webcare.ui.inbox.model.ScriptedPublisher;
import webcare.ui.testing.Screenshots;
import webcare.ui.testing.SwtShell;
import webcare.ui.testing.TestSite;

/** The Inbox view on a real H2 store, in a Dutch window, driven as a user would. */
class InboxViewUiTest {

    private static final Instant NOW = Instant.parse("2026-12-05T13:30:00Z");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String IBAN_TEXT = "Hoi, mijn rekening is NL91ABNA0417164300 en de incasso klopt al "
            + "drie maanden niet. Wie kan dit rechtzetten?";

    @TempDir
    Path data;

    private H2Store store;
    private final SqlMentionRepository mentions = new SqlMentionRepository();
    private final SqlInboxRepository inbox = new SqlInboxRepository();
    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private Shell shell;
    private TestSite site;

    @BeforeEach
    void open() {
        store = new H2Store(new HomeLaunch(data));
        swt.closeAfter(store::close);
    }

    @Test
    void filtersByDecisionThenTriagesFromTheKeyboardIntoTheStore() throws Exception {
        List<Long> ids = fill();
        Composite view = show();
        Table table = find(view, Table.class, any -> true);
        assertThat(label(view, "gefilterd op").getText()).startsWith("24 berichten, gefilterd op status Open");

        Button decisions = find(view, Button.class, button -> button.getText().startsWith("Beslissing"));
        for (String decision : List.of("Feiten rechtzetten", "Reageren")) {
            MenuItem item = Arrays.stream(decisions.getMenu().getItems())
                    .filter(each -> each.getText().equals(decision)).findFirst().orElseThrow();
            item.setSelection(true);
            item.notifyListeners(SWT.Selection, new Event());
        }
        site.settle();
        assertThat(table.getItemCount()).isEqualTo(10);
        assertThat(label(view, "gefilterd op").getText())
                .isEqualTo("10 berichten, gefilterd op beslissing Feiten rechtzetten, Reageren, status Open");

        press(table, 'j');
        site.settle();
        assertThat(table.getSelectionIndex()).isEqualTo(1);
        Row chosen = row(table, 1);
        assertThat(chosen.decision()).isEqualTo("CORRECT_FACTS");
        assertThat(chosen.mentionId()).isEqualTo(ids.get(1));
        StyledText full = find(view, StyledText.class, text -> text.getText().startsWith("Hoi, mijn rekening"));
        assertThat(full.getStyleRangeAtOffset(IBAN_TEXT.indexOf("NL91"))).as("the IBAN is marked").isNotNull();
        assertThat(full.getSize().y).as("the text keeps room above the lists").isGreaterThan(60);
        assertThat(find(view, Button.class, button -> button.getText().startsWith("Beantwoorden")).isEnabled())
                .as("an item shown can be answered").isTrue();

        press(table, '4');
        Shell why = Arrays.stream(swt.display().getShells()).filter(each -> each.getData(WhyDialog.MARK) != null)
                .findFirst().orElseThrow();
        assertThat(why.getText()).isEqualTo("Waarom Reageren?");
        find(why, Text.class, any -> true).setText("De klant stelt een vraag; een antwoord helpt meer.");
        find(why, Button.class, button -> button.getText().equals("Beslissing wijzigen"))
                .notifyListeners(SWT.Selection, new Event());
        site.settle();
        assertThat(why.isDisposed()).isTrue();
        assertThat(row(table, 1).decision()).isEqualTo("RESPOND");

        press(table, 'm');
        site.settle();

        Item changed = item(chosen.mentionId());
        assertThat(changed.row().decision()).isEqualTo("RESPOND");
        assertThat(changed.row().overridden()).isTrue();
        assertThat(changed.rulesDecision()).isEqualTo("CORRECT_FACTS");
        assertThat(changed.row().assignee()).isEqualTo("anna");
        assertThat(history(chosen.mentionId())).extracting(WorkEntry::who, WorkEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anna", "override"),
                        org.assertj.core.groups.Tuple.tuple("anna", "assign"));
        assertThat(row(table, 1).assignee()).as("the row was read again").isEqualTo("anna");
        assertThat(site.failures()).isEmpty();

        site.settle(Duration.ofMillis(200)); // let GTK paint before the picture
        Screenshots.write(shell, Path.of("target", "inbox-nl.png"));

        Event undo = new Event();
        undo.keyCode = 'z';
        undo.stateMask = SWT.MOD1;
        table.notifyListeners(SWT.KeyDown, undo);
        site.settle();
        assertThat(item(chosen.mentionId()).row().assignee()).as("Ctrl+Z took the assignment back").isNull();
        assertThat(label(view, "Ongedaan gemaakt").getText()).isEqualTo("Ongedaan gemaakt: toewijzing ingetrokken");
    }

    @Test
    void assignsToATeammateFromThePickerAndFiltersTheUnassigned() throws Exception {
        fill();
        Composite view = show(List.of("Bert Bakker", "Cees de Boer"), inbox -> { });
        Table table = find(view, Table.class, any -> true);
        Row first = row(table, 0);

        press(table, 'a');
        Shell picker = Arrays.stream(swt.display().getShells()).filter(each -> each.getData(AssignPicker.MARK) != null)
                .findFirst().orElseThrow();
        assertThat(picker.getText()).isEqualTo("Toewijzen aan");
        org.eclipse.swt.widgets.List names = find(picker, org.eclipse.swt.widgets.List.class, any -> true);
        assertThat(names.getItems()).containsExactly("anna", "Bert Bakker", "Cees de Boer");
        Text typed = find(picker, Text.class, any -> true);
        typed.setText("boer");
        assertThat(names.getItems()).containsExactly("Cees de Boer");
        typed.notifyListeners(SWT.DefaultSelection, new Event());
        site.settle();

        assertThat(picker.isDisposed()).isTrue();
        assertThat(item(first.mentionId()).row().assignee()).isEqualTo("Cees de Boer");
        assertThat(history(first.mentionId())).extracting(WorkEntry::who, WorkEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anna", "assign"));

        org.eclipse.swt.widgets.Combo assignee = find(view, org.eclipse.swt.widgets.Combo.class,
                combo -> combo.getText().equals("Iedereen"));
        assertThat(assignee.getItems()).containsExactly("Iedereen", "Niet toegewezen", "Ik", "Bert Bakker",
                "Cees de Boer");
        assignee.select(1);
        assignee.notifyListeners(SWT.Selection, new Event());
        site.settle();
        assertThat(table.getItemCount()).isEqualTo(23);
        assertThat(label(view, "gefilterd op").getText()).isEqualTo("23 berichten, gefilterd op status Open, "
                + "niet toegewezen");

        assignee.select(4);
        assignee.notifyListeners(SWT.Selection, new Event());
        site.settle();
        assertThat(table.getItemCount()).isEqualTo(1);
        assertThat(row(table, 0).mentionId()).isEqualTo(first.mentionId());
        assertThat(site.failures()).isEmpty();
    }

    @Test
    void saysInOneLineWhenTheStoreFails() {
        Store broken = new Store() {
            @Override
            public String location() {
                return data.toString();
            }

            @Override
            public StoreState state() {
                return new StoreState.Failed("locked");
            }

            @Override
            public Optional<Recovery> recovery() {
                return Optional.empty();
            }

            @Override
            public <T> T inTransaction(Work<T> work) throws StoreException {
                throw new StoreException("the database file is in use by another workbench; close that one first");
            }
        };
        shell = swt.shell();
        Composite parent = new Composite(shell, SWT.NONE);
        site = swt.site(DUTCH, "anna", List.of());
        new InboxView(broken, inbox, Clock.fixed(NOW, ZoneOffset.UTC)).createContent(parent, site);
        shell.open();
        site.settle();

        assertThat(label(parent, "De opslag").getText()).isEqualTo("De opslag gaf een fout: the database file is in use "
                + "by another workbench; close that one first. Kijk in de weergave Diagnose en probeer het opnieuw.");
        assertThat(label(parent, "De opslag").isVisible()).isTrue();
    }

    @Test
    void searchesTheTextOnceTypingStops() throws Exception {
        fill();
        Composite view = show();
        Table table = find(view, Table.class, any -> true);

        Text search = find(view, Text.class, text -> "Zoeken in de tekst".equals(text.getMessage()));
        search.setText("incasso");
        assertThat(table.getItemCount()).as("not yet: still typing").isEqualTo(24);
        site.settle(Duration.ofMillis(FilterBar.TYPING_PAUSE + 100));

        assertThat(table.getItemCount()).isEqualTo(1);
        assertThat(label(view, "gefilterd op").getText()).endsWith("\u201Cincasso\u201D");
    }

    @Test
    void countsNoFurtherThanItsLimitAndGrowsTheListAsItIsScrolledPastIt() throws Exception {
        List<Mention> batch = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            batch.add(mention("p" + i, "Klant " + i, "Waar blijft pakket " + i + "?", 10 + i));
        }
        store.inTransaction(tx -> {
            mentions.save(tx, batch);
            inbox.saveTriage(tx, inbox.untriaged(tx, 1_000).stream().map(each -> new Triaged(each.id(), "nl", -0.4,
                    "NEGATIVE", "RESPOND", 50, NOW.plus(Duration.ofHours(4)), "[]", "[]", true, NOW)).toList(), Set.of());
            return null;
        });
        // the Inbox's own limit is 10,000; 150 shows the same behaviour with fewer items to store
        InboxRepository countingTo150 = (InboxRepository) Proxy.newProxyInstance(InboxRepository.class.getClassLoader(),
                new Class<?>[] {InboxRepository.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("count") && arguments.length == 3) {
                        arguments[2] = Math.min((Long) arguments[2], 150L);
                    }
                    try {
                        return method.invoke(inbox, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Composite view = show(countingTo150, List.of(), any -> { });
        Table table = find(view, Table.class, any -> true);
        assertThat(label(view, "gefilterd op").getText()).isEqualTo("150+ berichten, gefilterd op status Open");
        assertThat(table.getItemCount()).as("the first page came full: a page more to scroll into").isEqualTo(400);

        table.getItem(399).getText(); // shown: its page is fetched
        site.settle();
        assertThat(table.getItemCount()).isEqualTo(600);
        table.getItem(400).getText();
        site.settle();

        assertThat(table.getItemCount()).as("the third page came short: the end").isEqualTo(450);
        assertThat(table.getItem(449).getText(InboxTable.TEXT)).startsWith("Waar blijft pakket");
        assertThat(label(view, "gefilterd op").getText()).isEqualTo("450 berichten, gefilterd op status Open");
        assertThat(site.failures()).isEmpty();
    }

    @Test
    void saysWhatToDoWhenThereAreNoMentionsYet() {
        Composite view = show();

        assertThat(label(view, "Nog geen berichten").getText())
                .isEqualTo("Nog geen berichten: laad demodata op de welkomstpagina of voeg een bron toe.");
        find(view, Button.class, button -> button.getText().equals("Bron toevoegen\u2026"))
                .notifyListeners(SWT.Selection, new Event());
        assertThat(site.opened()).containsExactly("sources add-source");
    }

    @Test
    void listsItsKeysForF1InBothLanguages() {
        InboxView view = new InboxView(store, inbox, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(view.shortcuts(DUTCH)).extracting(Shortcut::keys)
                .contains("J of \u2193", "1 \u2026 6", "R", "A", "M", "B", "P", "V", "X", "O", "Ctrl+C", "Ctrl+Z",
                        "F5");
        assertThat(view.shortcuts(Locale.ENGLISH)).extracting(Shortcut::keys).contains("J or \u2193");
        assertThat(view.shortcuts(DUTCH)).extracting(Shortcut::action).allMatch(action -> !action.isBlank());
    }

    @Test
    void answersWithATemplateWarnsAboutTheToneAndSendsThroughThePublisher() throws Exception {
        List<Long> ids = fill();
        ScriptedPublisher x = new ScriptedPublisher("twitter", "brand").replies(new PublishOutcome.Published(
                "1869000000000000001", URI.create("https://x.com/i/web/status/1869000000000000001"), NOW));
        Composite view = show(inbox -> {
            inbox.addPublisher(x);
            inbox.setTemplates(started(TEMPLATES));
            inbox.setTone(started(TONE));
        });
        Table table = find(view, Table.class, any -> true);
        for (int i = 0; i < 3; i++) {
            press(table, 'j');
        }
        site.settle();
        Row chosen = row(table, 3);
        assertThat(chosen.authorName()).isEqualTo("Klant 0");

        press(table, 'r');
        site.settle();
        Shell composer = composer();
        assertThat(composer.getText()).isEqualTo("Antwoord aan Klant 0");
        assertThat(label(composer, "Openbaar antwoord").getText())
                .isEqualTo("Openbaar antwoord op X/Twitter: iedereen kan het lezen. Gaat via X/Twitter (brand).");
        Combo picker = find(composer, Combo.class, any -> true);
        assertThat(picker.getItems()).containsExactly("(geen sjabloon)", "Erkennen en naar DM");
        picker.select(1);
        picker.notifyListeners(SWT.Selection, new Event());
        StyledText editor = find(composer, StyledText.class, any -> true);
        assertThat(editor.getText()).isEqualTo("Hallo Klant 0, wat vervelend. Stuur ons een DM, dan zoeken we het uit. "
                + "Groet, anna");
        assertThat(label(composer, "tekens").getText()).isEqualTo("82 / 280 tekens");

        editor.setText("Nee, u heeft het mis: het pakket is bezorgd.");
        site.settle(Duration.ofMillis(ComposerDialog.TONE_PAUSE + 100));
        assertThat(label(composer, "Verdedigend").getText())
                .isEqualTo("\u2022 \u201Cu heeft het mis\u201D: Verdedigend: verdedigt in plaats van te helpen.");
        assertThat(editor.getStyleRangeAtOffset(5)).as("the words are marked").isNotNull();
        assertThat(editor.getStyleRangeAtOffset(25)).isNull();
        site.settle(Duration.ofMillis(200));
        Screenshots.write(composer, Path.of("target", "composer-nl.png"));

        ctrlEnter(editor);
        assertThat(label(composer, "Toch versturen?").isVisible()).isTrue();
        assertThat(x.replied()).as("asked first").isEmpty();
        assertThat(editor.getText()).as("Ctrl+Enter adds no line break").doesNotContain("\n");
        ctrlEnter(editor);
        site.settle();

        assertThat(x.replied()).extracting(ReplyRequest::externalId, ReplyRequest::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r0", "Nee, u heeft het mis: het pakket is bezorgd."));
        assertThat(composer.isDisposed()).isTrue();
        assertThat(item(chosen.mentionId()).row().status()).isEqualTo(Status.ANSWERED);
        assertThat(history(chosen.mentionId())).extracting(WorkEntry::who, WorkEntry::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("anna", "claim"),
                org.assertj.core.groups.Tuple.tuple("anna", "reply sent"),
                org.assertj.core.groups.Tuple.tuple("anna", "status"));
        assertThat(label(view, "Verstuurd op").getText()).isEqualTo("Verstuurd op X/Twitter om 14:30.");
        assertThat(site.failures()).isEmpty();
        assertThat(ids).contains(chosen.mentionId());
    }

    @Test
    void aFailedSendKeepsTheDraftForTheNextTimeAndListsTheAttempt() throws Exception {
        fill();
        ScriptedPublisher x = new ScriptedPublisher("twitter", "brand").replies(new PublishOutcome.AuthFailed(
                "userToken", "X refused the 'userToken' (HTTP 401): put a new one as 'userToken' in "
                        + "etc/webcare.source.twitter-brand.cfg"));
        Composite view = show(inbox -> inbox.addPublisher(x));
        Table table = find(view, Table.class, any -> true);
        Row first = row(table, 0);

        press(table, 'r');
        site.settle();
        Shell composer = composer();
        assertThat(find(composer, Combo.class, any -> true).getItems())
                .containsExactly("Geen sjablonen: de antwoorddienst draait niet.");
        StyledText editor = find(composer, StyledText.class, any -> true);
        editor.setText("Dank voor uw bericht, we kijken ernaar.");
        ctrlEnter(editor);
        site.settle();

        assertThat(composer.isDisposed()).isFalse();
        assertThat(label(composer, "Niet verstuurd").getText()).startsWith("Niet verstuurd: X/Twitter weigert de "
                + "instelling 'userToken': ").endsWith("Uw concept is bewaard.");
        editor.append(" Groet, anna");
        editor.traverse(SWT.TRAVERSE_ESCAPE);
        site.settle();
        assertThat(composer.isDisposed()).as("Esc closes").isTrue();
        assertThat(item(first.mentionId()).row().status()).isEqualTo(Status.OPEN);
        org.eclipse.swt.widgets.List replies = find(view, org.eclipse.swt.widgets.List.class,
                list -> Arrays.stream(list.getItems()).anyMatch(line -> line.contains("concept")));
        assertThat(replies.getItems()).as("the draft and the failed attempt").hasSize(2);
        assertThat(replies.getItem(1)).contains("anna  mislukt  auth failed (userToken): X refused");

        press(table, 'r');
        site.settle();
        assertThat(find(composer(), StyledText.class, any -> true).getText())
                .as("the draft as it was when Esc closed it").isEqualTo("Dank voor uw bericht, we kijken ernaar. Groet, anna");
    }

    @Test
    void offersTheHoldingStatementOfTheItemsIncidentAndRecordsTheAnswerAsItsPublicUpdate() throws Exception {
        fill();
        ScriptedPublisher x = new ScriptedPublisher("twitter", "brand").replies(new PublishOutcome.Published(
                "1869000000000000002", URI.create("https://x.com/i/web/status/1869000000000000002"), NOW));
        List<String> updates = new ArrayList<>();
        Composite view = show(inbox -> {
            inbox.addPublisher(x);
            inbox.setTemplates(started(TEMPLATES));
            inbox.setIncidents(started(incidents(updates)));
        });
        Table table = find(view, Table.class, any -> true);
        for (int i = 0; i < 3; i++) {
            press(table, 'j');
        }
        site.settle();
        press(table, 'r');
        site.settle();
        Shell composer = composer();
        Combo picker = find(composer, Combo.class, any -> true);
        assertThat(picker.getItems()).as("the drill's statement is not offered")
                .containsExactly("(geen sjabloon)", "Eerste verklaring: Bezorgstoring", "Erkennen en naar DM");
        picker.select(1);
        picker.notifyListeners(SWT.Selection, new Event());
        StyledText editor = find(composer, StyledText.class, any -> true);
        assertThat(editor.getText()).isEqualTo(HOLDING);
        site.settle(Duration.ofMillis(ComposerDialog.TONE_PAUSE + 100));
        Screenshots.write(composer, Path.of("target", "composer-statement-nl.png"));

        ctrlEnter(editor);
        site.settle();

        assertThat(x.replied()).extracting(ReplyRequest::text).containsExactly(HOLDING);
        assertThat(updates).containsExactly("7 anna " + HOLDING);
        assertThat(site.failures()).isEmpty();
    }

    private static final String HOLDING = "We weten dat bezorgen vandaag niet lukt en zoeken het uit.";

    /** Incidents by hand: every item is linked to incident 7 and to a drill; public updates are written down. */
    private static Incidents incidents(List<String> updates) {
        return (Incidents) Proxy.newProxyInstance(Incidents.class.getClassLoader(), new Class<?>[] {Incidents.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "linkedTo" -> List.of(incident(8, true), incident(7, false));
                    case "publicUpdate" -> {
                        updates.add(arguments[0] + " " + arguments[2] + " " + arguments[1]);
                        yield incident(7, false);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Incident incident(long id, boolean drill) {
        return new Incident(id, drill ? "Oefening bezorging" : "Bezorgstoring", Optional.empty(), "", 0,
                Origin.MANUAL, IncidentStatus.ACKNOWLEDGED, NOW, Optional.empty(), NOW, NOW, "anna", "nl", drill,
                List.of(), List.of(), 60, Optional.empty(), Optional.empty(), 1, Optional.of(HOLDING), List.of(),
                Set.of());
    }

    @Test
    void aTeammatesClaimShowsInTheRowsInViewWithinSecondsWithoutMovingTheList() throws Exception {
        fill();
        Composite view = show(List.of("bert"), inbox -> { });
        Table table = find(view, Table.class, any -> true);
        press(table, 'j');
        site.settle();
        Row second = row(table, 1);
        int assignee = 7;
        assertThat(table.getItem(1).getText(assignee)).isEmpty();
        int items = table.getItemCount();
        site.pollNow(); // the first look: what has changed so far
        site.settle();

        // in bert's workbench: he opens the composer on it
        store.inTransaction(tx -> inbox.claim(tx, second.mentionId(), "bert", NOW));
        site.pollNow(); // the next look, CHANGES later
        site.settle();

        assertThat(table.getItem(1).getText(assignee)).isEqualTo("bert");
        assertThat(table.getSelectionIndex()).as("the selection stays").isEqualTo(1);
        assertThat(table.getItemCount()).isEqualTo(items);
    }

    @Test
    void aTeammatesItemIsSaidAndASecondAnswerIsAskedFirst() throws Exception {
        fill();
        ScriptedPublisher x = new ScriptedPublisher("twitter", "brand").replies(new PublishOutcome.Published(
                "1869000000000000003", URI.create("https://x.com/i/web/status/1869000000000000003"), NOW));
        Composite view = show(List.of("bert"), inbox -> inbox.addPublisher(x));
        Table table = find(view, Table.class, any -> true);
        Row first = row(table, 0);
        // meanwhile, in bert's workbench: he has the item and answers it
        store.inTransaction(tx -> {
            inbox.assign(tx, List.of(first.mentionId()), "bert", "bert", NOW);
            return null;
        });

        press(table, 'r');
        site.settle();
        Shell composer = composer();
        assertThat(label(composer, "heeft dit bericht").getText())
                .isEqualTo("bert heeft dit bericht (toegewezen): overleg voordat u ook antwoordt.");
        assertThat(item(first.mentionId()).row().assignee()).as("not taken from him").isEqualTo("bert");
        store.inTransaction(tx -> inbox.saveReply(tx, new Reply(0, first.mentionId(), ReplyAction.REPLY,
                "Dag, we zoeken het uit.", ReplyState.SENT, "1869000000000000001", null, "bert", NOW, null)));
        StyledText editor = find(composer, StyledText.class, any -> true);
        editor.setText("Wat vervelend! Stuur ons een DM.");
        ctrlEnter(editor);
        site.settle();

        assertThat(x.replied()).as("asked first").isEmpty();
        assertThat(label(composer, "Al beantwoord").getText()).startsWith("Al beantwoord door bert op ");
        assertThat(find(composer, Button.class, button -> button.getText().equals("Toch versturen"))).isNotNull();
        Screenshots.write(composer, Path.of("target", "composer-teammate-nl.png"));
        ctrlEnter(editor);
        site.settle();
        assertThat(x.replied()).extracting(ReplyRequest::text).containsExactly("Wat vervelend! Stuur ons een DM.");
        assertThat(composer.isDisposed()).isTrue();
    }

    @Test
    void withoutAPublisherTheAnswerIsCopiedAndMarkedAnswered() throws Exception {
        fill();
        Composite view = show(inbox -> { });
        Table table = find(view, Table.class, any -> true);
        Row first = row(table, 0);

        press(table, 'r');
        site.settle();
        Shell composer = composer();
        assertThat(label(composer, "Geen koppeling").getText()).endsWith("Geen koppeling plaatst antwoorden op "
                + "X/Twitter: kopieer het antwoord, plaats het daar en markeer het als beantwoord.");
        find(composer, StyledText.class, any -> true).setText("Dank u, we nemen contact op.");
        find(composer, Button.class, button -> button.getText().equals("Kopi\u00ebren en als beantwoord markeren"))
                .notifyListeners(SWT.Selection, new Event());
        site.settle();

        Clipboard clipboard = new Clipboard(swt.display());
        try {
            assertThat(clipboard.getContents(TextTransfer.getInstance())).isEqualTo("Dank u, we nemen contact op.");
        } finally {
            clipboard.dispose();
        }
        assertThat(item(first.mentionId()).row().status()).isEqualTo(Status.ANSWERED);
        assertThat(history(first.mentionId())).extracting(WorkEntry::action)
                .containsExactly("claim", "reply copied", "status");
    }

    private Shell composer() {
        return Arrays.stream(swt.display().getShells()).filter(each -> each.getData(ComposerDialog.MARK) != null)
                .filter(each -> !each.isDisposed()).findFirst().orElseThrow(() -> new AssertionError("no composer"));
    }

    private static void ctrlEnter(Control control) {
        Event event = new Event();
        event.keyCode = SWT.CR;
        event.character = '\r';
        event.stateMask = SWT.MOD1;
        control.notifyListeners(SWT.KeyDown, event);
    }

    /** Templates by hand: one for RESPOND in Dutch, with the placeholders filled plainly. */
    private static final ReplyTemplates TEMPLATES = new ReplyTemplates() {
        @Override
        public List<ReplyTemplate> forDecision(Decision decision, String lang) {
            return decision == Decision.RESPOND && lang.equals("nl") ? List.of(new ReplyTemplate("respond.private",
                    ReplyTemplate.Purpose.MOVE_TO_PRIVATE, "nl", "Erkennen en naar DM", "Hallo {name}, wat vervelend. "
                            + "Stuur ons een DM, dan zoeken we het uit. Groet, {agent}", Set.of(Decision.RESPOND)))
                    : List.of();
        }

        @Override
        public String fill(ReplyTemplate template, ReplyFields fields) {
            return template.text().replace("{name}", fields.name()).replace("{agent}", fields.agent());
        }
    };

    /** A tone check by hand: one defensive phrase. */
    private static final ToneCheck TONE = draft -> {
        int at = draft.text().toLowerCase(Locale.ROOT).indexOf("u heeft het mis");
        return at < 0 ? List.of() : List.of(new ToneWarning(ToneWarning.Issue.DEFENSIVE, at, at + 15,
                draft.text().substring(at, at + 15)));
    };

    /** The view in a Dutch window, its first reading done. */
    private Composite show() {
        return show(List.of(), inbox -> { });
    }

    /** As {@link #show()}, with services given to the view by {@code wiring} first. */
    private Composite show(Consumer<InboxView> wiring) {
        return show(List.of(), wiring);
    }

    /** As {@link #show(Consumer)}, for "anna" with {@code teammates} in the team setting. */
    private Composite show(List<String> teammates, Consumer<InboxView> wiring) {
        return show(inbox, teammates, wiring);
    }

    /** As {@link #show(List, Consumer)}, the view reading the inbox through {@code repository}. */
    private Composite show(InboxRepository repository, List<String> teammates, Consumer<InboxView> wiring) {
        site = swt.site(DUTCH, "anna", teammates);
        InboxView inboxView = new InboxView(store, repository, Clock.fixed(NOW, ZoneOffset.UTC));
        wiring.accept(inboxView);
        Composite parent = swt.show("Inbox", inboxView, site);
        shell = swt.shell();
        return parent;
    }

    /**
     * Twenty-four open mentions and one closed: two about facts to correct first (the second with an
     * IBAN), eight to respond to, the rest to monitor or escalate. Returns the ids in triage order.
     */
    private List<Long> fill() throws StoreException {
        List<Mention> batch = new ArrayList<>();
        batch.add(mention("m0", "Pieter Jansen", "Jullie tarief klopt niet, op de site staat iets anders.", 2));
        batch.add(mention("m1", "Fatima el Amrani", IBAN_TEXT, 5));
        for (int i = 0; i < 8; i++) {
            batch.add(mention("r" + i, "Klant " + i, "Wanneer wordt mijn pakket bezorgd? Bestelling " + (4100 + i), 10 + i));
        }
        for (int i = 0; i < 13; i++) {
            batch.add(mention("o" + i, "Volger " + i, "Mooie actie van <b>jullie</b> deze week " + i, 30 + i));
        }
        batch.add(mention("e0", "Journalist NRC", "Ik schrijf een stuk over de storing. Kunt u reageren?", 1));
        batch.add(mention("c0", "Tevreden", "Dank voor de snelle hulp!", 90));
        List<StoredMention> stored = store.inTransaction(tx -> {
            mentions.save(tx, batch);
            return inbox.untriaged(tx, 100);
        });
        List<Triaged> results = new ArrayList<>();
        for (StoredMention each : stored) {
            String id = each.mention().externalId();
            String decision = id.startsWith("m") ? "CORRECT_FACTS" : id.startsWith("r") ? "RESPOND"
                    : id.startsWith("e") ? "ESCALATE" : id.startsWith("c") ? "NO_ACTION" : "MONITOR";
            int priority = switch (decision) {
                case "ESCALATE" -> 95;
                case "CORRECT_FACTS" -> 75 - Integer.parseInt(id.substring(1));
                case "RESPOND" -> 60 - Integer.parseInt(id.substring(1));
                default -> 20;
            };
            String flags = id.equals("m1") ? "[{\"type\":\"IBAN\",\"start\":" + IBAN_TEXT.indexOf("NL91")
                    + ",\"end\":" + (IBAN_TEXT.indexOf("NL91") + 18) + ",\"detail\":\"IBAN, checksum klopt\"}]" : "[]";
            String reasons = "[{\"rule\":\"" + decision.toLowerCase(Locale.ROOT) + "\",\"decision\":\"" + decision
                    + "\",\"nl\":\"regel " + decision + " \u2192 besluit\",\"en\":\"rule " + decision + "\"}]";
            results.add(new Triaged(each.id(), "nl", decision.equals("MONITOR") ? 0.5 : -0.4,
                    decision.equals("MONITOR") ? "POSITIVE" : "NEGATIVE", decision, priority,
                    NOW.plus(Duration.ofMinutes(priority > 70 ? -30 : 240)), flags, reasons,
                    !decision.equals("MONITOR"), NOW));
        }
        store.inTransaction(tx -> {
            inbox.saveTriage(tx, results, Set.of("NO_ACTION"));
            return null;
        });
        return stored.stream().map(StoredMention::id).toList();
    }

    private static Mention mention(String id, String name, String text, int minutesAgo) {
        return new Mention("twitter", "brand", id, MentionKind.POST, null, null,
                new Author(null, name.toLowerCase(Locale.ROOT).replace(' ', '_'), name, 1200L + minutesAgo * 37L, null),
                text, "nl", null, null, NOW.minus(Duration.ofMinutes(minutesAgo)), null, null, false);
    }

    private Item item(long id) throws StoreException {
        return store.inTransaction(tx -> inbox.item(tx, id)).orElseThrow();
    }

    private List<WorkEntry> history(long id) throws StoreException {
        return store.inTransaction(tx -> inbox.history(tx, id));
    }

    /**
     * The row item {@code index} shows, its text read first: a cleared item of the virtual table asks
     * the view for its row again (SWT.SetData) when it is painted or read, so its data alone could
     * still be the row before, depending on whether GTK painted in time.
     */
    private static Row row(Table table, int index) {
        TableItem item = table.getItem(index);
        item.getText();
        return (Row) item.getData();
    }

    private static void press(Control control, char key) {
        Event event = new Event();
        event.character = key;
        event.keyCode = key;
        control.notifyListeners(SWT.KeyDown, event);
    }

    /** A service as DS hands it to a reference of service objects; the tests' services need no starting. */
    private static <T> ComponentServiceObjects<T> started(T service) {
        return new ComponentServiceObjects<>() {
            @Override
            public T getService() {
                return service;
            }

            @Override
            public void ungetService(T unused) {}

            @Override
            public ServiceReference<T> getServiceReference() {
                return null;
            }
        };
    }
}

package webcare.plan.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Fact;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;
import webcare.plan.diff.PlanComparison;
import webcare.plan.json.JsonPlanCodec;
import webcare.plan.testing.Fixtures;
import webcare.plan.testing.MemoryPlanStore;
import webcare.plan.testing.Plans;
import webcare.store.api.PlanRepository.AuditRow;

class StoredPlanBookTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    private final MemoryPlanStore store = new MemoryPlanStore();
    private final StoredPlanBook book = new StoredPlanBook(store, store, new JsonPlanCodec(), new PlanComparison(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static Plan withSpokespersonDeputies(Plan plan, String... deputies) {
        return Plans.withRole(plan, "spokesperson", role -> Plans.deputies(role, deputies));
    }

    @Test
    void startsWithAnEmptyPlanAtRevisionZero() throws Exception {
        assertThat(book.revision()).isZero();
        assertThat(book.working()).isEqualTo(new WorkingPlan(Plan.empty("Organisation"), 0, null, null));
        assertThat(book.versions()).isEmpty();
        assertThat(book.version(1)).isEmpty();
        assertThat(book.audit(10)).isEmpty();
    }

    @Nested
    class Saving {

        @Test
        void storesThePlanWithTheNextRevisionAndWhoAndWhen() throws Exception {
            WorkingPlan saved = book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);

            assertThat(saved).isEqualTo(new WorkingPlan(Plans.healthy(), 1, NOW, "anna"));
            assertThat(book.working()).isEqualTo(saved);
            assertThat(book.revision()).isEqualTo(1);
            assertThat(store.stored().orElseThrow().json()).isEqualTo(new JsonPlanCodec().write(Plans.healthy()));
        }

        @Test
        void auditsOneRowPerChange() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            Plan edited = withSpokespersonDeputies(Plans.healthy(), "eva", "daan")
                    .withNextReview(LocalDate.of(2027, 2, 1));

            book.save(edited, 1, "piet", Locale.ENGLISH);

            assertThat(store.auditRows()).as("16 for the first save, everything added; 2 for the second").hasSize(18);
            assertThat(store.auditRows().subList(store.auditRows().size() - 2, store.auditRows().size()))
                    .containsExactly(
                            new AuditRow(NOW, "piet", "save", "role:spokesperson",
                                    "Role Spokesperson: deputies Eva Bakker → Eva Bakker, Daan Smit"),
                            new AuditRow(NOW, "piet", "save", "review",
                                    "Next review: date 8 January 2027 → 1 February 2027"));
        }

        @Test
        void refusesAPlanWithErrorsAndWritesNothing() throws Exception {
            Plan broken = Plans.withRole(Plans.healthy(), "lead", role -> Plans.primary(role, "jan"));

            PlanInvalidException thrown = catchThrowableOfType(PlanInvalidException.class,
                    () -> book.save(broken, 0, "anna", Locale.ENGLISH));

            assertThat(thrown.errors()).extracting(error -> error.path()).containsExactly("$.roles[0].primary");
            assertThat(thrown.getMessage()).endsWith("; nothing was saved").doesNotContain("\n");
            assertThat(book.working().revision()).isZero();
            assertThat(store.auditRows()).isEmpty();
        }

        @Test
        void tellsTheSecondOfTwoEditorsWhatChangedMeanwhileAndWritesNothing() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            WorkingPlan first = book.working();
            WorkingPlan second = book.working();
            book.save(withSpokespersonDeputies(first.plan(), "daan"), first.revision(), "anna", Locale.ENGLISH);
            int auditRows = store.auditRows().size();

            PlanChangedException thrown = catchThrowableOfType(PlanChangedException.class, () -> book.save(
                    Plans.withPerson(second.plan(), "eva", person -> Plans.phone(person, "+31 6 0000 0000")),
                    second.revision(), "piet", Locale.ENGLISH));

            assertThat(thrown.current().revision()).isEqualTo(2);
            assertThat(thrown.current().savedBy()).isEqualTo("anna");
            assertThat(thrown.current().plan()).isEqualTo(withSpokespersonDeputies(Plans.healthy(), "daan"));
            assertThat(thrown.changes()).extracting(change -> change.describe())
                    .containsExactly("Role Spokesperson: deputies Eva Bakker → Daan Smit");
            assertThat(thrown.getMessage()).isEqualTo("the plan was changed meanwhile by anna (now revision 2, 1 "
                    + "change): look at their changes, then save again");
            assertThat(book.working().plan().person("eva").orElseThrow().phone()).isEqualTo("+31 6 1234 5678");
            assertThat(store.auditRows()).hasSize(auditRows);
        }

        @Test
        void tellsWhatChangedInTheSaversLanguageButAuditsInEnglish() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            book.save(withSpokespersonDeputies(Plans.healthy(), "daan"), 1, "anna", Locale.forLanguageTag("nl"));

            PlanChangedException thrown = catchThrowableOfType(PlanChangedException.class, () -> book.save(
                    Plans.healthy().withNextReview(null), 1, "piet", Locale.forLanguageTag("nl")));

            assertThat(thrown.changes()).extracting(change -> change.describe())
                    .containsExactly("Rol Spokesperson: vervangers Eva Bakker → Daan Smit");
            assertThat(thrown.getMessage()).isEqualTo("het plan is intussen gewijzigd door anna (nu revisie 2, 1 "
                    + "wijziging): bekijk die wijzigingen en sla daarna opnieuw op");
            assertThat(store.auditRows().get(store.auditRows().size() - 1).detail())
                    .isEqualTo("Role Spokesperson: deputies Eva Bakker → Daan Smit");
        }

        @Test
        void tellsAFirstSaveThatSomeoneElseSavedFirst() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);

            PlanChangedException thrown = catchThrowableOfType(PlanChangedException.class,
                    () -> book.save(Plan.empty("Nieuw"), 0, "piet", Locale.ENGLISH));

            assertThat(thrown.current().revision()).isEqualTo(1);
            assertThat(thrown.changes()).as("revision 0 was never stored").isEmpty();
        }

        @Test
        void saysWhatToDoWhenTheDatabaseFails() {
            store.failNext("the database is full: free some space");

            PlanException thrown = catchThrowableOfType(PlanException.class,
                    () -> book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH));

            assertThat(thrown).hasMessage("the plan could not be read or written in the database (\"the database is "
                    + "full: free some space\"): try again; if it keeps failing, see the log in logs/");
        }

        @Test
        void saysADatabaseFailureInDutchWithTheDatabasesOwnWordsQuoted() {
            store.failNext("the database is full: free some space");

            PlanException thrown = catchThrowableOfType(PlanException.class,
                    () -> book.save(Plans.healthy(), 0, "anna", Locale.forLanguageTag("nl")));

            assertThat(thrown).hasMessage("het plan kon niet worden gelezen of opgeslagen in de database (\"the "
                    + "database is full: free some space\"): probeer het opnieuw; lukt het steeds niet, kijk dan in "
                    + "het logboek in logs/");
        }
    }

    @Nested
    class EarlierRevisions {

        @Test
        void readsEachSavedRevisionWithWhoAndWhen() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            Plan edited = withSpokespersonDeputies(Plans.healthy(), "eva", "daan");
            book.save(edited, 1, "piet", Locale.ENGLISH);

            assertThat(book.workingAt(1)).contains(new WorkingPlan(Plans.healthy(), 1, NOW, "anna"));
            assertThat(book.workingAt(2)).contains(new WorkingPlan(edited, 2, NOW, "piet"));
        }

        @Test
        void hasNoRevisionZeroNorOneNotYetSaved() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);

            assertThat(book.workingAt(0)).isEmpty();
            assertThat(book.workingAt(2)).isEmpty();
        }

        @Test
        void namesTheRevisionThatCannotBeRead() throws Exception {
            store.inTransaction(tx -> store.saveWorking(tx, "{ not a plan", 0, NOW, "anna"));

            assertThat(catchThrowableOfType(PlanException.class, () -> book.workingAt(1)))
                    .hasMessageContaining("revision 1").hasMessageContaining("plan import FILE");
        }

        @Test
        void saysInDutchThatAnApprovedVersionCannotBeRead() throws Exception {
            store.inTransaction(tx -> store.addVersion(tx, "{ not a plan", NOW, "Anna"));

            assertThat(catchThrowableOfType(PlanException.class, () -> book.versions(Locale.forLanguageTag("nl"))))
                    .hasMessageStartingWith("het opgeslagen plan (versie 1) kan niet worden gelezen: het planbestand "
                            + "heeft een fout: $: regel 1, kolom 3: geen geldige JSON");
            assertThat(catchThrowableOfType(PlanException.class, () -> book.version(1, Locale.forLanguageTag("nl"))))
                    .hasMessageStartingWith("het opgeslagen plan (versie 1) kan niet worden gelezen");
            assertThat(catchThrowableOfType(PlanException.class, () -> book.version(1)))
                    .hasMessageStartingWith("the stored plan (version 1) cannot be read");
        }

        @Test
        void saysInDutchThatTheWorkingPlanCannotBeRead() throws Exception {
            store.inTransaction(tx -> store.saveWorking(tx, "{\"format\": \"webcare-plan\"}", 0, NOW, "anna"));

            assertThat(catchThrowableOfType(PlanException.class, () -> book.working(Locale.forLanguageTag("nl"))))
                    .hasMessage("het opgeslagen plan (het werkplan) kan niet worden gelezen: het planbestand heeft "
                            + "een fout: $.organisation: verplicht veld 'organisation' ontbreekt: voeg "
                            + "\"organisation\": {\"name\": …} toe; importeer een reservekopie met 'plan import "
                            + "FILE'");
        }
    }

    @Nested
    class Importing {

        @Test
        void replacesWhateverIsStoredAndAuditsTheImportAndEachChange() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            book.save(withSpokespersonDeputies(Plans.healthy(), "daan"), 1, "anna", Locale.ENGLISH);
            int before = store.auditRows().size();
            Plan imported = withSpokespersonDeputies(Plans.healthy(), "eva", "daan");

            WorkingPlan replaced = book.replace(imported, "piet");

            assertThat(replaced).isEqualTo(new WorkingPlan(imported, 3, NOW, "piet"));
            assertThat(book.revision()).isEqualTo(3);
            assertThat(store.auditRows().subList(before, store.auditRows().size())).containsExactly(
                    new AuditRow(NOW, "piet", "import", null,
                            "imported plan: 4 people, 3 roles, 4 tasks, 1 scenarios"),
                    new AuditRow(NOW, "piet", "import", "role:spokesperson",
                            "Role Spokesperson: deputies Daan Smit → Eva Bakker, Daan Smit"));
        }

        @Test
        void refusesAPlanWithErrors() {
            Plan broken = Plans.healthy().withPeople(Plans.plus(Plans.healthy().people(), Plans.person("anna", "Anna")));

            assertThat(catchThrowableOfType(PlanInvalidException.class, () -> book.replace(broken, "piet")).errors())
                    .extracting(error -> error.path()).containsExactly("$.people[4].id");
            assertThat(store.stored()).isEmpty();
        }
    }

    @Nested
    class Approving {

        private final Review review = new Review(LocalDate.of(2026, 3, 1), "anna", List.of("anna", "piet"),
                List.of("anna", "piet", "eva", "daan"), List.of());

        @Test
        void addsTheReviewSetsTheNextDateAndRecordsAVersion() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);

            PlanVersion version = book.approve(1, review, LocalDate.of(2027, 3, 1), "anna", Locale.ENGLISH);

            assertThat(version).isEqualTo(new PlanVersion(1, NOW, "Anna de Vries", LocalDate.of(2026, 3, 1)));
            Plan approved = book.working().plan();
            assertThat(approved.lastReview()).contains(review);
            assertThat(approved.nextReview()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(book.working().revision()).isEqualTo(2);
            assertThat(book.revision()).isEqualTo(2);
            assertThat(book.version(1)).contains(approved);
            assertThat(book.versions()).containsExactly(version);
            assertThat(book.audit(3)).extracting(AuditEntry::action, AuditEntry::detail).containsExactly(
                    tuple("approve", "version 1 approved by Anna de Vries"),
                    tuple("approve", "Next review: date 8 January 2027 → 1 March 2027"),
                    tuple("approve", "Review of 1 March 2026: added"));
        }

        @Test
        void refusesWhenThePlanChangedSinceTheSessionLoadedIt() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            book.save(withSpokespersonDeputies(Plans.healthy(), "daan"), 1, "piet", Locale.ENGLISH);

            PlanChangedException thrown = catchThrowableOfType(PlanChangedException.class,
                    () -> book.approve(1, review, LocalDate.of(2027, 3, 1), "anna", Locale.ENGLISH));

            assertThat(thrown.changes()).hasSize(1);
            assertThat(thrown.getMessage()).endsWith("then approve again");
            assertThat(book.versions()).isEmpty();
        }

        @Test
        void refusesAReviewNamingPeopleWhoAreNotInThePlan() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            Review bad = new Review(LocalDate.of(2026, 3, 1), "jan", List.of("anna", "kees"), List.of("bob"),
                    List.of());

            PlanInvalidException thrown = catchThrowableOfType(PlanInvalidException.class,
                    () -> book.approve(1, bad, null, "anna", Locale.ENGLISH));

            assertThat(thrown.errors()).extracting(error -> error.path()).containsExactly("$.reviews[1].approvedBy",
                    "$.reviews[1].participants[1]", "$.reviews[1].confirmedContacts[0]");
            assertThat(thrown.getMessage()).endsWith("; nothing was approved");
            assertThat(book.versions()).isEmpty();
        }

        @Test
        void refusesInDutchWhenAsked() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            book.save(withSpokespersonDeputies(Plans.healthy(), "daan"), 1, "piet", Locale.ENGLISH);
            Review bad = new Review(LocalDate.of(2026, 3, 1), "jan", List.of(), List.of(), List.of());

            PlanChangedException changed = catchThrowableOfType(PlanChangedException.class,
                    () -> book.approve(1, review, LocalDate.of(2027, 3, 1), "anna", Locale.forLanguageTag("nl")));
            PlanInvalidException invalid = catchThrowableOfType(PlanInvalidException.class,
                    () -> book.approve(2, bad, null, "anna", Locale.forLanguageTag("nl")));

            assertThat(changed.getMessage()).isEqualTo("het plan is intussen gewijzigd door piet (nu revisie 2, 1 "
                    + "wijziging): bekijk die wijzigingen en keur daarna opnieuw goed");
            assertThat(invalid.getMessage()).isEqualTo("het goedgekeurde plan heeft een fout: $.reviews[1].approvedBy: "
                    + "geen persoon met id 'jan' in people: gebruik het id van iemand in $.people, of voeg hem of "
                    + "haar daar toe; er is niets goedgekeurd");
        }

        @Test
        void numbersVersionsAndKeepsEachAsApproved() throws Exception {
            book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
            book.approve(1, review, LocalDate.of(2027, 3, 1), "anna", Locale.ENGLISH);
            Plan first = book.working().plan();
            book.save(withSpokespersonDeputies(first, "daan"), 2, "anna", Locale.ENGLISH);
            Review next = new Review(LocalDate.of(2027, 3, 1), "piet", List.of(), List.of(), List.of());

            PlanVersion second = book.approve(3, next, null, "piet", Locale.ENGLISH);

            assertThat(second.number()).isEqualTo(2);
            assertThat(second.approvedBy()).isEqualTo("Piet Jansen");
            assertThat(book.versions()).extracting(PlanVersion::number, PlanVersion::reviewDate).containsExactly(
                    tuple(1, LocalDate.of(2026, 3, 1)),
                    tuple(2, LocalDate.of(2027, 3, 1)));
            assertThat(book.version(1)).contains(first);
            assertThat(book.version(2).orElseThrow().nextReview()).isNull();
        }
    }

    @Test
    void keepsEachAuditDetailOnOneLineAndShort() throws Exception {
        book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
        String longText = "Eerste regel\nTweede regel " + "x".repeat(3_000);

        book.save(Plans.healthy().withFacts(List.of(new Fact("hours", "Opening hours", longText))),
                1, "anna", Locale.ENGLISH);

        String detail = store.auditRows().get(store.auditRows().size() - 1).detail();
        assertThat(detail).startsWith("Fact Opening hours: text Mon–Fri 9–17 → Eerste regel Tweede regel xxx")
                .hasSize(StoredPlanBook.MAX_DETAIL).endsWith("x…").doesNotContain("\n");
        assertThat(book.working().plan().facts().get(0).text()).isEqualTo(longText);
    }

    @Test
    void readsTheAuditLogNewestFirstWithTheLineForPeopleAndNoChangeParts() throws Exception {
        book.replace(Fixtures.plan(Fixtures.HARBOUR), "anna");
        book.save(Plans.withRole(Fixtures.plan(Fixtures.HARBOUR), "lead", role -> Plans.critical(role, false)), 1,
                "piet", Locale.ENGLISH);

        List<AuditEntry> entries = book.audit(2);

        assertThat(entries).containsExactly(
                new AuditEntry(NOW, "piet", "save", null, "Role Crisis lead: critical yes → no"),
                new AuditEntry(NOW, "anna", "import", null, "Scenario Accident at sea: added"));
    }
}

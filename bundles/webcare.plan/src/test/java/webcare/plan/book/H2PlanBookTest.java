package webcare.plan.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;
import webcare.plan.diff.PlanComparison;
import webcare.plan.json.JsonPlanCodec;
import webcare.plan.testing.Fixtures;
import webcare.plan.testing.Plans;
import webcare.store.sql.SqlPlanRepository;
import webcare.store.sql.H2Store;

/** The plan book on the real H2 store in a temporary folder, wired by hand. */
class H2PlanBookTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00.123456Z");

    @TempDir
    Path home;

    private H2Store store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private StoredPlanBook open() {
        if (store != null) {
            store.close();
        }
        store = new H2Store(new HomeLaunch(home));
        return new StoredPlanBook(store, new SqlPlanRepository(), new JsonPlanCodec(), new PlanComparison(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aTeamMemberWhoseRoleDoesNotAllowItCannotChangeThePlan() throws Exception {
        StoredPlanBook book = open();
        book.setTeam(new webcare.team.api.Team() {
            @Override
            public webcare.team.api.Role role(String user) {
                return user.equals("anna") ? webcare.team.api.Role.EDITOR : webcare.team.api.Role.AGENT;
            }

            @Override
            public java.util.List<webcare.team.api.Member> members() {
                return java.util.List.of();
            }

            @Override
            public webcare.team.api.Member setRole(String user, webcare.team.api.Role role, String by) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void require(String user, webcare.team.api.Permission permission)
                    throws webcare.team.api.NotPermittedException {
                if (!role(user).may(permission)) {
                    throw new webcare.team.api.NotPermittedException(user + " is an agent: changing the crisis plan "
                            + "needs editor or admin; ask anna (admin) for the role");
                }
            }
        });
        Plan plan = Fixtures.plan(Fixtures.KORENSCHOOF);

        assertThatThrownBy(() -> book.save(plan, 0, "bert", Locale.ENGLISH)).isInstanceOf(PlanException.class)
                .hasMessage("bert is an agent: changing the crisis plan needs editor or admin; ask anna (admin) for the role");
        assertThatThrownBy(() -> book.replace(plan, "bert")).isInstanceOf(PlanException.class);
        assertThat(book.working().revision()).as("nothing saved").isZero();
        assertThat(book.save(plan, 0, "anna", Locale.ENGLISH).revision()).isEqualTo(1);
    }

    @Test
    void keepsTheWorkingPlanVersionsAndAuditAcrossARestart() throws Exception {
        StoredPlanBook book = open();
        assertThat(book.working().revision()).isZero();
        Plan plan = Fixtures.plan(Fixtures.KORENSCHOOF);
        book.replace(plan, "marieke");
        Review review = new Review(LocalDate.of(2026, 9, 14), "marieke-de-wit", List.of("marieke-de-wit"),
                List.of("marieke-de-wit", "joost-bakker", "sanne-visser", "ahmed-el-amrani"), List.of());
        PlanVersion version = book.approve(1, review, LocalDate.of(2027, 9, 13), "marieke", Locale.ENGLISH);

        StoredPlanBook reopened = open();

        WorkingPlan working = reopened.working();
        assertThat(working.revision()).isEqualTo(2);
        assertThat(working.savedBy()).isEqualTo("marieke");
        assertThat(working.savedAt()).isEqualTo(NOW);
        assertThat(working.plan().reviews()).hasSize(2).last().isEqualTo(review);
        assertThat(reopened.versions()).containsExactly(version);
        assertThat(version).isEqualTo(new PlanVersion(1, NOW, "Marieke de Wit", LocalDate.of(2026, 9, 14)));
        assertThat(reopened.version(1)).contains(working.plan());
        assertThat(reopened.audit(100)).extracting(AuditEntry::action).containsOnly("import", "approve");
        assertThat(reopened.audit(1)).extracting(AuditEntry::detail)
                .containsExactly("version 1 approved by Marieke de Wit");
    }

    @Test
    void eachRevisionIsSavedAtTheTimeOfItsAuditEntries() throws Exception {
        StoredPlanBook book = open();
        Plan plan = Fixtures.plan(Fixtures.KORENSCHOOF);
        book.replace(plan, "marieke");
        Plan edited = Plans.withRole(plan, "woordvoerder", role -> Plans.deputies(role));
        book.save(edited, 1, "joost", Locale.ENGLISH);

        StoredPlanBook reopened = open();

        assertThat(reopened.workingAt(1).orElseThrow()).isEqualTo(new WorkingPlan(plan, 1, NOW, "marieke"));
        assertThat(reopened.workingAt(2).orElseThrow()).isEqualTo(new WorkingPlan(edited, 2, NOW, "joost"));
        assertThat(reopened.workingAt(3)).isEmpty();
        assertThat(reopened.audit(100)).extracting(AuditEntry::at)
                .as("the history finds a save's revision by this time").containsOnly(NOW);
    }

    @Test
    void refusesASaveOnAStaleRevisionAndShowsWhatChanged() throws Exception {
        StoredPlanBook book = open();
        book.save(Plans.healthy(), 0, "anna", Locale.ENGLISH);
        book.save(Plans.withRole(Plans.healthy(), "lead", role -> Plans.deputies(role, "eva")), 1, "piet",
                Locale.ENGLISH);

        PlanChangedException thrown = catchThrowableOfType(PlanChangedException.class,
                () -> book.save(Plans.healthy().withNextReview(null), 1, "anna", Locale.ENGLISH));

        assertThat(thrown.current().revision()).isEqualTo(2);
        assertThat(thrown.changes()).extracting(change -> change.describe())
                .containsExactly("Role Crisis lead: deputies Piet Jansen → Eva Bakker");
        assertThat(book.working().plan().nextReview()).isNotNull();
    }

    @Test
    void tellsTheWorkingRevisionWithoutReadingThePlan() throws Exception {
        StoredPlanBook book = open();
        assertThat(book.revision()).as("no plan yet").isZero();

        book.replace(Fixtures.plan(Fixtures.KORENSCHOOF), "marieke");
        assertThat(book.revision()).as("after an import").isEqualTo(1);

        Plan edited = book.working().plan().withNextReview(LocalDate.of(2027, 1, 4));
        book.save(edited, 1, "marieke", Locale.ENGLISH);
        assertThat(book.revision()).as("after a save").isEqualTo(2);

        catchThrowableOfType(PlanChangedException.class, () -> book.save(edited, 1, "joost", Locale.ENGLISH));
        assertThat(book.revision()).as("a refused save changes nothing").isEqualTo(2);

        Review review = new Review(LocalDate.of(2026, 9, 14), "marieke-de-wit", List.of("marieke-de-wit"),
                List.of("marieke-de-wit", "joost-bakker", "sanne-visser", "ahmed-el-amrani"), List.of());
        book.approve(2, review, LocalDate.of(2027, 9, 13), "marieke", Locale.ENGLISH);
        assertThat(book.revision()).as("after an approval").isEqualTo(3).isEqualTo(book.working().revision());

        book.replace(Fixtures.plan(Fixtures.KORENSCHOOF), "joost");
        assertThat(open().revision()).as("after a replace, and a restart").isEqualTo(4);
    }
}

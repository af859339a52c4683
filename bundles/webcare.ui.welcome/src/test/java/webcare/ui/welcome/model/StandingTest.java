package webcare.ui.welcome.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.demo.api.DemoData;
import webcare.demo.api.DemoException;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.plan.api.WorkingPlan;
import webcare.plan.testing.CountingPlanBook;

class StandingTest {

    /** Demo data in a given state; {@code failing} as a database that cannot be read. */
    private static DemoData demo(boolean empty, boolean loaded, boolean failing) {
        return new DemoData() {
            @Override
            public boolean databaseEmpty() throws DemoException {
                check();
                return empty;
            }

            @Override
            public boolean loaded() throws DemoException {
                check();
                return loaded;
            }

            @Override
            public int load() {
                return 0;
            }

            @Override
            public int remove() {
                return 0;
            }

            private void check() throws DemoException {
                if (failing) {
                    throw new DemoException("Database unavailable", null);
                }
            }
        };
    }

    @Test
    void anEmptyDatabaseOffersTheDemo() {
        assertThat(Standing.read(demo(true, false, false), null, null, null).mentions()).hasValue(Standing.Mentions.NONE);
    }

    @Test
    void loadedDemoDataIsSaidAsSuchEvenBesideRealMentions() {
        assertThat(Standing.read(demo(false, true, false), null, null, null).mentions()).hasValue(Standing.Mentions.DEMO);
        assertThat(Standing.read(demo(false, false, false), null, null, null).mentions()).hasValue(Standing.Mentions.REAL);
    }

    @Test
    void aMissingOrFailingServiceMakesItsPartUnknownNotEmpty() {
        Standing none = Standing.read(null, null, null, null);
        assertThat(none.mentions()).isEmpty();
        assertThat(none.sources()).isEmpty();
        assertThat(none.plan()).isEmpty();
        assertThat(Standing.read(demo(true, false, true), null, null, null).mentions()).isEmpty();
    }

    @Test
    void aPlanExistsOnceItWasSaved() {
        assertThat(new Standing.PlanSize(0, 0, 0, 0).exists()).isFalse();
        assertThat(new Standing.PlanSize(3, 11, 8, 4).exists()).isTrue();
    }

    @Test
    void thePlanIsReadWholeOnlyWhenItsRevisionMoved() {
        CountingPlanBook book = new CountingPlanBook(new WorkingPlan(Plan.empty("Kwiek B.V."), 0, Instant.EPOCH, null));
        Standing first = Standing.read(null, null, book, null);
        assertThat(first.plan()).hasValue(new Standing.PlanSize(0, 0, 0, 0));

        Standing again = Standing.read(null, null, book, first);
        assertThat(again).isEqualTo(first);
        assertThat(book.wholeReads).as("the revision did not move").isEqualTo(1);

        Plan empty = Plan.empty("Kwiek B.V.");
        Plan onePerson = new Plan(empty.organisation(), List.of(new Person("anna", "Anna de Vries", null, null,
                List.of(), null, List.of(), null)), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
        book.stored = new WorkingPlan(onePerson, 1, Instant.EPOCH, "anna");
        Standing saved = Standing.read(null, null, book, again);

        assertThat(saved.plan()).hasValue(new Standing.PlanSize(1, 1, 0, 0));
        assertThat(book.wholeReads).isEqualTo(2);
        assertThat(book.revisionReads).isEqualTo(3);
    }
}

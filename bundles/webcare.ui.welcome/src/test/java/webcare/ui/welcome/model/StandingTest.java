package webcare.ui.welcome.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import webcare.demo.api.DemoData;
import webcare.demo.api.DemoException;

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
        assertThat(Standing.read(demo(true, false, false), null, null).mentions()).hasValue(Standing.Mentions.NONE);
    }

    @Test
    void loadedDemoDataIsSaidAsSuchEvenBesideRealMentions() {
        assertThat(Standing.read(demo(false, true, false), null, null).mentions()).hasValue(Standing.Mentions.DEMO);
        assertThat(Standing.read(demo(false, false, false), null, null).mentions()).hasValue(Standing.Mentions.REAL);
    }

    @Test
    void aMissingOrFailingServiceMakesItsPartUnknownNotEmpty() {
        Standing none = Standing.read(null, null, null);
        assertThat(none.mentions()).isEmpty();
        assertThat(none.sources()).isEmpty();
        assertThat(none.plan()).isEmpty();
        assertThat(Standing.read(demo(true, false, true), null, null).mentions()).isEmpty();
    }

    @Test
    void aPlanExistsOnceItWasSaved() {
        assertThat(new Standing.PlanSize(0, 0, 0, 0).exists()).isFalse();
        assertThat(new Standing.PlanSize(3, 11, 8, 4).exists()).isTrue();
    }
}

package webcare.ui.review.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.plan.api.AgendaItem;

class ReviewSessionTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    static AgendaItem item(String ref, String... flags) {
        return new AgendaItem(ref, ref.contains(":") ? ref.substring(0, ref.indexOf(':')) : ref, "Title of " + ref,
                List.of("line of " + ref), List.of(flags));
    }

    static final List<AgendaItem> AGENDA = List.of(
            item("role:spokesperson", "Deputy unreachable (evaluation of the outage of 3 March)"),
            item("organisation"),
            item("person:anna"),
            item("person:piet"),
            item("role:crisis-lead"),
            item("scenario:data-leak"));

    private final ReviewSession session = new ReviewSession(DAY, 7, AGENDA);

    @Test
    void startsAtTheFirstItemWithNothingDecided() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(session.position()).isZero();
        soft.assertThat(session.current().item()).isEqualTo("role:spokesperson");
        soft.assertThat(session.atEnd()).isFalse();
        soft.assertThat(session.decided()).isZero();
        soft.assertThat(session.undecided()).isEqualTo(AGENDA);
        soft.assertThat(session.basedOn()).isEqualTo(7);
        soft.assertThat(session.date()).isEqualTo(DAY);
        soft.assertAll();
    }

    @Test
    void refusesAnEmptyAgenda() {
        assertThatThrownBy(() -> new ReviewSession(DAY, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proposesTheNextReviewAYearOnAndNeverOnAWeekend() {
        assertThat(new ReviewSession(DAY, 7, AGENDA).proposedNextReview()).as("a Wednesday")
                .isEqualTo(LocalDate.of(2027, 11, 24));
        assertThat(new ReviewSession(LocalDate.of(2026, 11, 27), 7, AGENDA).proposedNextReview())
                .as("a Saturday moves on to the Monday").isEqualTo(LocalDate.of(2027, 11, 29));
        assertThat(new ReviewSession(LocalDate.of(2026, 11, 28), 7, AGENDA).proposedNextReview())
                .as("a Sunday moves on to the Monday").isEqualTo(LocalDate.of(2027, 11, 29));
        assertThat(new ReviewSession(LocalDate.of(2027, 2, 26), 7, AGENDA).proposedNextReview())
                .as("a Saturday a year on").isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Nested
    class Moving {

        @Test
        void nextWalksPastTheLastItemToTheEndAndStopsThere() {
            for (int i = 0; i < AGENDA.size(); i++) {
                assertThat(session.next()).isTrue();
            }
            assertThat(session.atEnd()).isTrue();
            assertThat(session.next()).isFalse();
            assertThat(session.position()).isEqualTo(AGENDA.size());
        }

        @Test
        void previousFromTheEndComesBackToTheLastItemAndStopsAtTheFirst() {
            session.end();
            assertThat(session.previous()).isTrue();
            assertThat(session.current().item()).isEqualTo("scenario:data-leak");
            session.first();
            assertThat(session.previous()).isFalse();
            assertThat(session.position()).isZero();
        }

        @Test
        void jumpsByPositionAndByItemRef() {
            session.jump(3);
            assertThat(session.current().item()).isEqualTo("person:piet");
            assertThat(session.jump("role:crisis-lead")).isTrue();
            assertThat(session.position()).isEqualTo(4);
            session.jump(AGENDA.size());
            assertThat(session.atEnd()).isTrue();
        }

        @Test
        void aJumpToAnUnknownItemMovesNothing() {
            session.jump(2);
            assertThat(session.jump("role:nobody")).isFalse();
            assertThat(session.position()).isEqualTo(2);
        }

        @Test
        void aJumpOutsideTheAgendaIsRefused() {
            assertThatThrownBy(() -> session.jump(-1)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> session.jump(AGENDA.size() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
        }

        @Test
        void thereIsNoCurrentItemAtTheEnd() {
            session.end();
            assertThatThrownBy(session::current).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class Deciding {

        @Test
        void decidesAboutTheCurrentItem() {
            session.jump(1);
            session.decide(Outcome.CONFIRMED);
            assertThat(session.decision("organisation")).contains(Outcome.CONFIRMED);
            assertThat(session.decision("role:spokesperson")).isEmpty();
        }

        @Test
        void aLaterDecisionReplacesTheEarlierOneButKeepsItsPlaceInTheOrderDiscussed() {
            session.participants(List.of("anna"));
            session.decide("person:piet", Outcome.CONFIRMED);
            session.decide("organisation", Outcome.CONFIRMED);
            session.decide("person:piet", Outcome.CHANGED);

            assertThat(session.toReview("anna").items()).extracting(ReviewItem::item, ReviewItem::outcome)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("person:piet", Outcome.CHANGED),
                            org.assertj.core.groups.Tuple.tuple("organisation", Outcome.CONFIRMED));
        }

        @Test
        void confirmingAPersonConfirmsTheirContactDetails() {
            session.decide("person:anna", Outcome.CONFIRMED);
            assertThat(session.contactConfirmed("anna")).isTrue();
        }

        @Test
        void changingOrFlaggingAPersonLeavesTheirContactDetailsAsTheyWere() {
            session.decide("person:anna", Outcome.CHANGED);
            session.decide("person:piet", Outcome.FLAGGED);
            assertThat(session.confirmedContacts()).isEmpty();
        }

        @Test
        void contactDetailsAreConfirmedOrNotOnTheirOwn() {
            session.contactConfirmed("piet", true);
            assertThat(session.decision("person:piet")).isEmpty();
            assertThat(session.confirmedContacts()).containsExactly("piet");
            session.contactConfirmed("piet", false);
            assertThat(session.confirmedContacts()).isEmpty();
        }

        @Test
        void onlyPeopleOnTheAgendaHaveContactDetailsToConfirm() {
            assertThatThrownBy(() -> session.contactConfirmed("stranger", true))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("person:stranger");
        }

        @Test
        void confirmedContactsComeInAgendaOrder() {
            session.contactConfirmed("piet", true);
            session.contactConfirmed("anna", true);
            assertThat(session.confirmedContacts()).containsExactly("anna", "piet");
            assertThat(session.people()).isEqualTo(2);
        }

        @Test
        void aDecisionCanBeTakenBack() {
            session.decide("organisation", Outcome.FLAGGED);
            session.undecide("organisation");
            assertThat(session.decision("organisation")).isEmpty();
            assertThat(session.decided()).isZero();
        }

        @Test
        void anItemNotOnTheAgendaCannotBeDecided() {
            assertThatThrownBy(() -> session.decide("role:unknown", Outcome.CONFIRMED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role:unknown");
        }

        @Test
        void notesAreStrippedAndABlankNoteRemovesIt() {
            session.note("organisation", "  New website address \n");
            assertThat(session.note("organisation")).contains("New website address");
            session.note("organisation", "   ");
            assertThat(session.note("organisation")).isEmpty();
        }

        @Test
        void countsEveryOutcomeAndListsTheItemsStillOpenInAgendaOrder() {
            session.decide("scenario:data-leak", Outcome.FLAGGED);
            session.decide("organisation", Outcome.CONFIRMED);
            session.decide("person:anna", Outcome.CONFIRMED);

            assertThat(session.counts()).containsExactlyInAnyOrderEntriesOf(
                    Map.of(Outcome.CONFIRMED, 2, Outcome.CHANGED, 0, Outcome.FLAGGED, 1));
            assertThat(session.undecided()).extracting(AgendaItem::item)
                    .containsExactly("role:spokesperson", "person:piet", "role:crisis-lead");
        }

        @Test
        void tellsPersonItemsFromOthers() {
            assertThat(ReviewSession.personOf("person:anna")).contains("anna");
            assertThat(ReviewSession.personOf("role:anna")).isEmpty();
            assertThat(ReviewSession.personOf("person")).isEmpty();
            assertThat(ReviewSession.personOf("nonsense:x")).isEmpty();
        }
    }

    @Nested
    class Reviewing {

        @Test
        void buildsTheReviewWithItemsInTheOrderDiscussedAndTheirNotes() {
            session.date(DAY.plusDays(1));
            session.participants(List.of("anna", "piet", "anna"));
            session.decide("role:crisis-lead", Outcome.CHANGED);
            session.note("role:crisis-lead", "Piet is now deputy");
            session.decide("person:anna", Outcome.CONFIRMED);
            session.decide("role:spokesperson", Outcome.FLAGGED);
            session.note("role:spokesperson", "Find a second deputy");

            Review review = session.toReview("piet");

            assertThat(review).isEqualTo(new Review(DAY.plusDays(1), "piet", List.of("anna", "piet"), List.of("anna"),
                    List.of(new ReviewItem("role:crisis-lead", Outcome.CHANGED, "Piet is now deputy"),
                            new ReviewItem("person:anna", Outcome.CONFIRMED, null),
                            new ReviewItem("role:spokesperson", Outcome.FLAGGED, "Find a second deputy"))));
        }

        @Test
        void leavesOutItemsWithANoteButNoDecision() {
            session.participants(List.of("anna"));
            session.note("organisation", "Check the website");
            assertThat(session.toReview("anna").items()).isEmpty();
        }

        @Test
        void isApprovedOnlyBySomeoneWhoTookPart() {
            session.participants(List.of("anna"));
            assertThatThrownBy(() -> session.toReview("piet")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("piet");
        }
    }

    @Nested
    class WhenThePlanWasEditedDuringTheSession {

        @Test
        void decisionsStayWithTheirItemsAndThoseOfRemovedItemsAreDropped() {
            session.decide("person:piet", Outcome.CONFIRMED);
            session.note("organisation", "Check the website");
            session.decide("role:crisis-lead", Outcome.CHANGED);
            session.jump("role:crisis-lead");
            List<AgendaItem> edited = List.of(item("organisation"), item("role:crisis-lead"), item("person:anna"),
                    item("task:acknowledge"));

            List<String> dropped = session.rebase(9, edited);

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(dropped).containsExactly("person:piet");
            soft.assertThat(session.basedOn()).isEqualTo(9);
            soft.assertThat(session.decision("role:crisis-lead")).contains(Outcome.CHANGED);
            soft.assertThat(session.note("organisation")).contains("Check the website");
            soft.assertThat(session.confirmedContacts()).isEmpty();
            soft.assertThat(session.current().item()).isEqualTo("role:crisis-lead");
            soft.assertThat(session.undecided()).extracting(AgendaItem::item)
                    .containsExactly("organisation", "person:anna", "task:acknowledge");
            soft.assertAll();
        }

        @Test
        void participantsRemovedFromThePlanNoLongerTakePart() {
            session.participants(List.of("anna-de-vries", "nobody-any-more", "zoe-van-den-berg"));

            session.keepParticipantsOf(SamplePlan.plan());

            assertThat(session.participants()).containsExactly("anna-de-vries", "zoe-van-den-berg");
        }

        @Test
        void staysAtTheSamePlaceWhenTheCurrentItemIsGone() {
            session.jump(4);
            session.rebase(9, List.of(item("organisation"), item("person:anna")));
            assertThat(session.position()).isEqualTo(1);
        }

        @Test
        void staysAtTheEndWhenItWasThere() {
            session.end();
            session.rebase(9, List.of(item("organisation")));
            assertThat(session.atEnd()).isTrue();
        }
    }

    @Nested
    class Snapshots {

        @Test
        void holdEverythingTheSessionIs() {
            session.participants(List.of("anna"));
            session.decide("person:anna", Outcome.CONFIRMED);
            session.note("organisation", "Website");
            session.jump(2);

            ReviewSession.Snapshot snapshot = session.snapshot();

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(snapshot.id()).isEqualTo(session.id());
            soft.assertThat(snapshot.date()).isEqualTo(DAY);
            soft.assertThat(snapshot.basedOn()).isEqualTo(7);
            soft.assertThat(snapshot.current()).isEqualTo("person:anna");
            soft.assertThat(snapshot.participants()).containsExactly("anna");
            soft.assertThat(snapshot.decisions()).containsExactly(Map.entry("person:anna", Outcome.CONFIRMED));
            soft.assertThat(snapshot.notes()).containsExactly(Map.entry("organisation", "Website"));
            soft.assertThat(snapshot.confirmedContacts()).containsExactly("anna");
            soft.assertAll();
        }

        @Test
        void atTheEndHaveNoCurrentItem() {
            session.end();
            assertThat(session.snapshot().current()).isNull();
        }

        @Test
        void countUpWithEveryChangeAndMove() {
            long before = session.snapshot().sequence();
            session.next();
            long moved = session.snapshot().sequence();
            session.decide(Outcome.CONFIRMED);
            assertThat(moved).isGreaterThan(before);
            assertThat(session.snapshot().sequence()).isGreaterThan(moved);
        }

        @Test
        void doNotChangeWhenTheSessionDoes() {
            ReviewSession.Snapshot snapshot = session.snapshot();
            session.decide("organisation", Outcome.CONFIRMED);
            assertThat(snapshot.decisions()).isEmpty();
        }

        @Test
        void resumeOnTheAgendaAsItIsNowKeepingTheRevisionTheyWereBasedOn() {
            session.participants(List.of("anna", "piet"));
            session.decide("person:piet", Outcome.CONFIRMED);
            session.decide("organisation", Outcome.FLAGGED);
            session.note("organisation", "Website moved");
            session.jump("person:anna");
            List<AgendaItem> now = List.of(item("organisation"), item("person:anna"), item("role:legal"));

            ReviewSession resumed = ReviewSession.resume(session.snapshot(), now);

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(resumed.id()).isEqualTo(session.id());
            soft.assertThat(resumed.basedOn()).isEqualTo(7);
            soft.assertThat(resumed.participants()).containsExactly("anna", "piet");
            soft.assertThat(resumed.decision("organisation")).contains(Outcome.FLAGGED);
            soft.assertThat(resumed.note("organisation")).contains("Website moved");
            soft.assertThat(resumed.decided()).isEqualTo(1);
            soft.assertThat(resumed.confirmedContacts()).isEmpty();
            soft.assertThat(resumed.current().item()).isEqualTo("person:anna");
            soft.assertThat(resumed.snapshot().sequence()).isGreaterThanOrEqualTo(session.snapshot().sequence());
            soft.assertAll();
        }

        @Test
        void resumeAtTheFirstItemWhenTheirItemIsGone() {
            session.jump("scenario:data-leak");
            ReviewSession resumed = ReviewSession.resume(session.snapshot(), List.of(item("organisation")));
            assertThat(resumed.position()).isZero();
        }
    }
}

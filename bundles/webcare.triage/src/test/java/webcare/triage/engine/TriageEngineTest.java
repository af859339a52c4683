package webcare.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static webcare.triage.testing.Items.MONDAY_NOON;
import static webcare.triage.testing.Items.analysis;
import static webcare.triage.testing.Items.negative;
import static webcare.triage.testing.Items.neutral;
import static webcare.triage.testing.Items.positive;
import static webcare.triage.testing.Items.post;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagType;
import webcare.analysis.api.Polarity;
import webcare.analysis.api.ReachTier;
import webcare.model.Mention;
import webcare.model.plan.Fact;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.triage.api.Analysis;
import webcare.triage.api.AuthorHistory;
import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;
import webcare.triage.api.Reason;
import webcare.triage.api.SeenItem;
import webcare.triage.api.ThreadHistory;
import webcare.triage.api.TriageContext;
import webcare.triage.api.TriageInput;
import webcare.triage.api.TriageResult;
import webcare.triage.reasons.ReasonTexts;
import webcare.triage.testing.Configs;
import webcare.triage.testing.Items;

class TriageEngineTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Plan PLAN = Plan.empty("Webwinkel").withFacts(List.of(
            new Fact("f1", "Acties", "Er is geen actie met 50% korting"),
            new Fact("f2", "Locations", "We have no branch in Utrecht"),
            new Fact("f3", "Openingstijden", "Onze winkels zijn open van 9 tot 18 uur")))
            .withPeople(List.of(new Person("sanne", "Sanne de Vries", "webcare", null, List.of(), null,
                    List.of("nl"), null)));

    private final TriageEngine engine = new TriageEngine(Configs.defaults());
    private final ReasonTexts texts = new ReasonTexts();

    private TriageResult decide(Mention mention, Analysis analysis) {
        return engine.triage(new TriageInput(mention, analysis, PLAN, engine.memoryContext()));
    }

    private TriageResult decide(String text, Analysis analysis) {
        return decide(post(text), analysis);
    }

    private static List<String> rules(TriageResult result) {
        return result.reasons().stream().map(Reason::rule).toList();
    }

    @Nested
    class Escalation {

        @Test
        void safetyOrHealthHarmInDutchAndEnglish() {
            assertThat(decide("Mijn dochter is ziek geworden van jullie kipsalade", negative()).decisive().rule())
                    .isEqualTo("crisis-safety");
            assertThat(decide("I got food poisoning from your sandwich", negative()).decision())
                    .isEqualTo(Decision.ESCALATE);
        }

        @Test
        void aNegatedSignIsNoCrisis() {
            assertThat(rules(decide("Gelukkig is niemand gewond geraakt", neutral()))).doesNotContain("crisis-safety");
            assertThat(rules(decide("There was no data breach, the letter says", neutral())))
                    .doesNotContain("crisis-data-leak");
        }

        @Test
        void aDataLeakEvenInAPositiveItem() {
            TriageResult result = decide("Thanks for telling us about the data breach so quickly", positive());

            assertThat(result.decision()).isEqualTo(Decision.ESCALATE);
            assertThat(rules(result)).containsExactly("crisis-data-leak", "positive");
        }

        @Test
        void aDefectOnlyWhenItAffectsMany() {
            assertThat(decide("Storing bij het betalen, iedereen heeft er last van", negative()).decisive().rule())
                    .isEqualTo("crisis-defect");
            assertThat(decide("The app is down for everyone", negative()).decision()).isEqualTo(Decision.ESCALATE);
            assertThat(decide("Mijn pakket is kapot aangekomen", negative()).decision()).isEqualTo(Decision.RESPOND);
        }

        @Test
        void legalStepsAndTheMedia() {
            assertThat(decide("Ik schakel een advocaat in", negative()).decisive().rule()).isEqualTo("crisis-legal");
            assertThat(decide("I will sue you", negative()).decisive().rule()).isEqualTo("crisis-legal");
            assertThat(decide("Ik stap hiermee naar de krant", negative()).decisive().rule()).isEqualTo("crisis-media");
            assertThat(decide("A journalist has already called me", negative()).decisive().rule())
                    .isEqualTo("crisis-media");
        }

        @Test
        void anInfluencerJoiningOthersOnTheSameSubject() {
            TriageContext context = engine.memoryContext();
            engine.triage(new TriageInput(post("1", "bert", "Vouchers verlopen zonder waarschuwing, belachelijk",
                    MONDAY_NOON), negative(), PLAN, context));
            TriageResult influencer = engine.triage(new TriageInput(post("2", "famous",
                    "Ook mijn vouchers verlopen zonder waarschuwing", MONDAY_NOON.plusSeconds(600)),
                    analysis(Polarity.NEGATIVE, -0.5, ReachTier.INFLUENTIAL), PLAN, context));

            assertThat(influencer.decisive().rule()).isEqualTo("influencer-amplification");
            assertThat(texts.render(influencer.decisive(), Locale.ENGLISH)).isEqualTo("an author of influential reach "
                    + "joins 1 other authors on the same subject ('vouchers', 'verlopen' and 'waarschuwing') → escalate");
        }
    }

    @Nested
    class HideAndExplain {

        private final String text = "Stort het terug op mijn rekening NL91ABNA0417164300 aub";

        @Test
        void privateDataNamedByTypeAndPlace() {
            int start = text.indexOf("NL91");
            TriageResult result = decide(text, negative(new Flag(FlagType.IBAN, start, start + 18, "IBAN")));

            assertThat(result.decision()).isEqualTo(Decision.HIDE_AND_EXPLAIN);
            assertThat(texts.render(result.decisive(), DUTCH))
                    .isEqualTo("bevat een IBAN op tekens 34–51 → verbergen en uitleggen");
            assertThat(texts.render(result.decisive(), Locale.ENGLISH))
                    .isEqualTo("contains an IBAN at characters 34–51 → hide and explain");
            assertThat(rules(result)).as("the complaint stays as a secondary reason")
                    .containsExactly("private-data", "complaint");
        }

        @Test
        void threatsBeforePrivateDataBeforeAbuse() {
            Flag insult = new Flag(FlagType.INSULT, 0, 6, "insult 'idioot'");
            Flag threat = new Flag(FlagType.THREAT, 10, 20, "threat");

            assertThat(rules(decide("Idioot, ik weet waar je woont", negative(insult, threat))))
                    .startsWith("threat", "abuse");
            assertThat(decide("You idiots", negative(new Flag(FlagType.INSULT, 4, 10, ""))).decisive().rule())
                    .isEqualTo("abuse");
        }

        @Test
        void nothingElseIsEverHidden() {
            assertThat(decide("Jullie zijn echt de slechtste winkel ooit", negative()).decision())
                    .isNotEqualTo(Decision.HIDE_AND_EXPLAIN);
        }
    }

    @Nested
    class CorrectFacts {

        @Test
        void anOfferThatNeverExisted() {
            TriageResult result = decide("Ik wil de actie met 50% korting die jullie beloofden!", negative());

            assertThat(result.decision()).isEqualTo(Decision.CORRECT_FACTS);
            assertThat(result.decisive().evidence()).contains(new Evidence.FactRef("f1", "Acties",
                    "Er is geen actie met 50% korting"));
            assertThat(texts.render(result.decisive(), DUTCH)).isEqualTo("zegt 'actie' op tekens 11–15, '50%' op "
                    + "tekens 21–23 en 'korting' op tekens 25–31, wat het feitenoverzicht tegenspreekt: 'Er is geen "
                    + "actie met 50% korting' (Acties) → feiten rechtzetten");
        }

        @Test
        void fiftyProcentIsFiftyPercent() {
            assertThat(decide("Waar is die actie: 50 procent korting op alles?", neutral()).decision())
                    .isEqualTo(Decision.CORRECT_FACTS);
        }

        @Test
        void aBranchItDoesNotHaveInEnglish() {
            assertThat(decide("Your branch in Utrecht was closed when I came", negative()).decision())
                    .isEqualTo(Decision.CORRECT_FACTS);
        }

        @Test
        void agreeingWithTheFactOrSayingSomethingElseIsNoContradiction() {
            assertThat(decide("Klopt het dat er geen actie met 50% korting is?", neutral()).decision())
                    .isEqualTo(Decision.RESPOND);
            assertThat(decide("Your branch in Amsterdam was closed when I came", negative()).decision())
                    .isNotEqualTo(Decision.CORRECT_FACTS);
            assertThat(decide("Ik kreeg 20% korting, top", positive()).decision()).isEqualTo(Decision.NO_ACTION);
        }

        @Test
        void aFactThatDeniesNothingIsNotMatched() {
            assertThat(decide("De winkels zijn open tot 17 uur", neutral()).decision()).isEqualTo(Decision.NO_ACTION);
        }

        @Test
        void aMemberOfStaffWhoIsNotInThePlan() {
            TriageResult result = decide("Uw medewerker Piet Jansen was erg onbeleefd", negative());

            assertThat(result.decisive().rule()).isEqualTo("unknown-staff");
            assertThat(texts.render(result.decisive(), Locale.ENGLISH)).isEqualTo("names 'Piet Jansen' at characters "
                    + "15–25 as a member of staff, who is not among the people in the plan → correct the facts");
            assertThat(rules(decide("Uw medewerker Sanne hielp me niet verder", negative())))
                    .doesNotContain("unknown-staff");
            assertThat(rules(engine.triage(new TriageInput(post("Medewerker Piet was onbeleefd"), negative(),
                    Plan.empty("Webwinkel"), engine.memoryContext())))).as("a plan without people knows nobody")
                    .doesNotContain("unknown-staff");
        }
    }

    @Nested
    class Monitor {

        @Test
        void anAuthorNegativeAboutNearlyEverything() {
            TriageContext history = new FixedContext(new AuthorHistory(9, 8), ThreadHistory.NONE);
            TriageResult result = engine.triage(new TriageInput(post("Mijn bestelling is weer te laat"), negative(),
                    PLAN, history));

            assertThat(result.decision()).isEqualTo(Decision.MONITOR);
            assertThat(rules(result)).containsExactly("chronic-complainer", "complaint");
            assertThat(texts.render(result.decisive(), DUTCH))
                    .isEqualTo("de auteur is negatief in 9 van de 10 berichten → volgen");
        }

        @Test
        void notAChronicComplainerWithTooFewItemsOrWhenPositive() {
            assertThat(engine.triage(new TriageInput(post("Mijn bestelling is te laat"), negative(), PLAN,
                    new FixedContext(new AuthorHistory(3, 3), ThreadHistory.NONE))).decision())
                    .isEqualTo(Decision.RESPOND);
            assertThat(engine.triage(new TriageInput(post("Eindelijk goed geleverd!"), positive(), PLAN,
                    new FixedContext(new AuthorHistory(9, 9), ThreadHistory.NONE))).decision())
                    .isEqualTo(Decision.NO_ACTION);
        }

        @Test
        void aReplyInAHostileThread() {
            TriageResult result = engine.triage(new TriageInput(Items.reply("9", "eve", "t1",
                    "Precies, die levering is altijd een drama", MONDAY_NOON), negative(), PLAN,
                    new FixedContext(AuthorHistory.NONE, new ThreadHistory(10, 8))));

            assertThat(result.decision()).isEqualTo(Decision.MONITOR);
            assertThat(texts.render(result.decisive(), Locale.ENGLISH))
                    .isEqualTo("replies in a hostile thread: 8 of 10 earlier items are negative → monitor");
        }

        @Test
        void anUnfoundedRantAndAnEmojiOnlyOutburst() {
            assertThat(decide("Jullie zijn echt de slechtste ooit!!!", negative()).decisive().rule())
                    .isEqualTo("unfounded-rant");
            assertThat(decide("You guys are the worst", negative()).decision()).isEqualTo(Decision.MONITOR);
            assertThat(decide("😡😡😡", negative()).decision()).isEqualTo(Decision.MONITOR);
            assertThat(decide("Wat een waardeloos bedrijf", negative()).decision()).as("an exclamation, no question")
                    .isEqualTo(Decision.MONITOR);
            assertThat(decide("What a joke", negative()).decision()).isEqualTo(Decision.MONITOR);
        }

        @Test
        void fiveAuthorsRaisingTheSameThingWithinTheWindowRaiseTheMonitoredItems() {
            TriageContext context = engine.memoryContext();
            String[] authors = {"a", "b", "c", "d", "e"};
            List<TriageResult> results = new java.util.ArrayList<>();
            for (int i = 0; i < authors.length; i++) {
                results.add(engine.triage(new TriageInput(post("m" + i, authors[i],
                        "Weer die app-update die alles wist, waardeloos", MONDAY_NOON.plus(Duration.ofHours(3 * i))),
                        negative(), PLAN, context)));
            }

            assertThat(results).extracting(TriageResult::decision).containsExactly(Decision.MONITOR, Decision.MONITOR,
                    Decision.MONITOR, Decision.RESPOND, Decision.RESPOND);
            assertThat(results.get(3).decisive().rule()).isEqualTo("raised-by-others");
            assertThat(results.get(3).raised()).extracting(raised -> raised.mention().externalId())
                    .as("each earlier item now has three other authors beside it").containsExactly("m0", "m1", "m2");
            assertThat(results.get(4).raised()).as("raised once only").isEmpty();
            assertThat(texts.render(results.get(4).decisive(), DUTCH)).isEqualTo("4 andere auteurs brachten hetzelfde "
                    + "onderwerp aan binnen 48 uur ('app-update', 'wist' en 'waardeloos') → reageren");
            assertThat(texts.render(results.get(3).raised().get(0).decisive(), DUTCH))
                    .as("an earlier item's shared words alphabetically: its remembered subject has no text order")
                    .endsWith("('app-update', 'waardeloos' en 'wist') → reageren");
            assertThat(results.get(3).raised().get(2).due()).as("due from its own posting")
                    .isEqualTo(MONDAY_NOON.plus(Duration.ofHours(6 + 24)));
        }

        @Test
        void theOrganisationsOwnNameMakesNoSubject() {
            TriageContext context = engine.memoryContext();
            TriageResult last = null;
            for (int i = 0; i < 5; i++) {
                last = engine.triage(new TriageInput(post("w" + i, "author" + i, "Webwinkel " + "blabla".repeat(i)
                        + " waardeloos", MONDAY_NOON.plusSeconds(i)), negative(), PLAN, context));
            }

            assertThat(last.decision()).as("only 'waardeloos' shared: one word").isEqualTo(Decision.MONITOR);
        }

        @Test
        void echoesOutsideTheWindowFromTheSameAuthorOrInTheSameThreadDoNotCount() {
            TriageContext context = engine.memoryContext();
            engine.triage(new TriageInput(post("x0", "a", "Weer die app-update die alles wist, waardeloos",
                    MONDAY_NOON), negative(), PLAN, context));
            engine.triage(new TriageInput(post("x1", "a", "Die app-update wist alles, waardeloos",
                    MONDAY_NOON.plusSeconds(60)), negative(), PLAN, context));
            for (int i = 0; i < 3; i++) {
                engine.triage(new TriageInput(Items.reply("y" + i, "r" + i, "x0", "Die app-update wist alles",
                        MONDAY_NOON.plusSeconds(120 + i)), negative(), PLAN, context));
            }
            TriageResult late = engine.triage(new TriageInput(post("z", "z", "Die app-update wist alles, waardeloos",
                    MONDAY_NOON.plus(Duration.ofDays(3))), negative(), PLAN, context));

            assertThat(late.decision()).isEqualTo(Decision.MONITOR);
            assertThat(late.raised()).isEmpty();
        }
    }

    @Nested
    class Respond {

        @Test
        void aQuestionInDutchAndEnglishWhateverTheSentiment() {
            assertThat(decide("Wanneer gaat de winkel in Delft weer open", neutral()).decisive().rule())
                    .isEqualTo("question");
            assertThat(decide("Do you ship to Belgium?", neutral()).decision()).isEqualTo(Decision.RESPOND);
            assertThat(decide("Top service! Hebben jullie ook cadeaubonnen?", positive()).decision())
                    .isEqualTo(Decision.RESPOND);
        }

        @Test
        void aConcreteComplaintAlsoWhenNegated() {
            TriageResult result = decide("Mijn pakket is nog steeds niet bezorgd", negative());

            assertThat(result.decisive().rule()).isEqualTo("complaint");
            assertThat(texts.render(result.decisive(), Locale.ENGLISH)).isEqualTo("a concrete complaint: 'pakket' at "
                    + "characters 6–11, 'nog steeds' at characters 16–25 and 'niet bezorgd' at characters 27–38 → respond");
            assertThat(decide("My parcel never arrived", negative()).decision()).isEqualTo(Decision.RESPOND);
        }

        @Test
        void mixedLanguagesMatchBothLists() {
            assertThat(rules(decide("Mijn order is still not delivered, wanneer komt het?", negative())))
                    .containsExactly("question", "complaint");
        }

        @Test
        void aLowRatedReviewWithoutText() {
            TriageResult result = decide(Items.review("", 1), analysis(Polarity.NEGATIVE, -0.8, ReachTier.UNKNOWN));

            assertThat(result.decisive().rule()).isEqualTo("low-rating");
            assertThat(texts.render(result.decisive(), DUTCH)).isEqualTo("een negatieve review van 1 sterren → reageren");
        }

        @Test
        void anInfluentialAuthorIsAnsweredFastEvenForASmallIssue() {
            Analysis influential = analysis(Polarity.NEGATIVE, -0.3, ReachTier.INFLUENTIAL);
            TriageResult famous = decide("Hmm, jullie nieuwe logo vind ik maar niks", influential);
            TriageResult unknown = decide("Mijn pakket is te laat", negative());

            assertThat(famous.decisive().rule()).isEqualTo("large-reach");
            assertThat(famous.priority()).isGreaterThan(unknown.priority());
            assertThat(decide("Hmm, jullie nieuwe logo vind ik maar niks", negative()).decision())
                    .isEqualTo(Decision.MONITOR);
        }

        @Test
        void salvageableComplaintsComeFirst() {
            TriageResult asking = decide("Mijn pakket is te laat, kunt u kijken waar het is?",
                    analysis(Polarity.NEGATIVE, -0.3, ReachTier.SMALL));
            TriageResult furious = decide("Mijn pakket is te laat", analysis(Polarity.NEGATIVE, -0.9, ReachTier.SMALL));

            assertThat(asking.priority()).isGreaterThan(furious.priority());
        }
    }

    @Nested
    class NoAction {

        @Test
        void positiveAndNeutralItems() {
            assertThat(decide("Super snel geleverd, dank jullie wel!", positive()).decisive().rule())
                    .isEqualTo("positive");
            assertThat(decide("Just bought my new phone at the store", neutral()).decisive().rule())
                    .isEqualTo("neutral");
            assertThat(decide("👍", positive()).decision()).isEqualTo(Decision.NO_ACTION);
            assertThat(decide("", neutral()).decision()).isEqualTo(Decision.NO_ACTION);
        }
    }

    @Nested
    class Text {

        @Test
        void htmlIsReadAsTextWithPlacesInTheOriginal() {
            String html = "<p>Mijn zoon is <b>gewond</b> geraakt door de lamp &amp; de kap</p>";
            TriageResult result = decide(html, negative());

            assertThat(result.decision()).isEqualTo(Decision.ESCALATE);
            Evidence.Quote quote = (Evidence.Quote) ((Evidence.Listed) result.decisive().evidence().get(0)).items().get(0);
            assertThat(html.substring(quote.start(), quote.end())).isEqualTo("gewond");
        }

        @Test
        void aTenThousandCharacterText() {
            String text = "Lang verhaal over mijn dag. ".repeat(357) + "Toen kwam er een datalek";
            assertThat(text.length()).isGreaterThan(10_000);
            TriageResult result = decide(text, negative());

            assertThat(result.decision()).isEqualTo(Decision.ESCALATE);
            assertThat(texts.render(result.decisive(), DUTCH)).isEqualTo("noemt een datalek: 'datalek' op tekens "
                    + "10014–10020 → escaleren");
        }
    }

    /** The rules whose cases above are in one language only, in the other one. */
    @Nested
    class InTheOtherLanguage {

        @Test
        void privateDataAndThreatsInEnglish() {
            String text = "Call me on 06 12345678, or I will come to your shop and hurt someone";
            Flag phone = new Flag(FlagType.PHONE, 11, 22, "phone");
            Flag threat = new Flag(FlagType.THREAT, 27, text.length(), "threat");

            TriageResult result = decide(text, negative(phone, threat));
            assertThat(rules(result)).startsWith("threat", "private-data");
            assertThat(texts.render(result.reasons().get(1), Locale.ENGLISH))
                    .isEqualTo("contains a phone number at characters 12–22 → hide and explain");
        }

        @Test
        void anUnknownEmployeeInEnglish() {
            assertThat(decide("Your employee John Smith was very rude", negative()).decisive().rule())
                    .isEqualTo("unknown-staff");
        }

        @Test
        void aChronicComplainerAndAHostileThreadInEnglish() {
            assertThat(engine.triage(new TriageInput(post("Late again, as always"), negative(), PLAN,
                    new FixedContext(new AuthorHistory(20, 19), ThreadHistory.NONE))).decisive().rule())
                    .isEqualTo("chronic-complainer");
            assertThat(engine.triage(new TriageInput(Items.reply("9", "eve", "t1", "Exactly, they never deliver",
                    MONDAY_NOON), negative(), PLAN, new FixedContext(AuthorHistory.NONE, new ThreadHistory(6, 6))))
                    .decisive().rule()).isEqualTo("hostile-thread");
        }

        @Test
        void reachRatingAndAmplificationInEnglish() {
            assertThat(decide("Meh, not a fan of the new logo", analysis(Polarity.NEGATIVE, -0.3, ReachTier.LARGE))
                    .decisive().rule()).isEqualTo("large-reach");
            assertThat(decide(Items.review("Meh.", 2), negative()).decisive().rule()).isEqualTo("low-rating");

            TriageContext context = engine.memoryContext();
            engine.triage(new TriageInput(post("1", "bert", "Vouchers expired without warning, ridiculous",
                    MONDAY_NOON), negative(), PLAN, context));
            assertThat(engine.triage(new TriageInput(post("2", "famous", "My vouchers also expired without warning",
                    MONDAY_NOON.plusSeconds(60)), analysis(Polarity.NEGATIVE, -0.5, ReachTier.INFLUENTIAL), PLAN,
                    context)).decisive().rule()).isEqualTo("influencer-amplification");
        }

        @Test
        void praiseAndNeutralInTheOtherLanguage() {
            assertThat(decide("Great service, thank you!", positive()).decisive().rule()).isEqualTo("positive");
            assertThat(decide("Net mijn nieuwe telefoon opgehaald", neutral()).decisive().rule()).isEqualTo("neutral");
        }
    }

    @Test
    void everyResultIsDueAndPrioritisedWithinBounds() {
        TriageResult escalation = decide("Ik heb een advocaat gebeld", negative());
        TriageResult answer = decide("Mijn pakket is te laat", negative());
        TriageResult nothing = decide("Leuk!", positive());

        assertThat(escalation.due()).isEqualTo(MONDAY_NOON.plus(Duration.ofHours(1)));
        assertThat(answer.due()).isEqualTo(MONDAY_NOON.plus(Duration.ofHours(24)));
        assertThat(escalation.priority()).isGreaterThan(answer.priority()).isLessThanOrEqualTo(100);
        assertThat(answer.priority()).isGreaterThan(nothing.priority()).isGreaterThanOrEqualTo(0);
    }

    /** A context that knows a fixed history and nothing else. */
    private record FixedContext(AuthorHistory author, ThreadHistory thread) implements TriageContext {

        @Override
        public AuthorHistory authorHistory(Mention mention) {
            return author;
        }

        @Override
        public ThreadHistory threadHistory(Mention mention) {
            return thread;
        }

        @Override
        public List<SeenItem> similar(java.util.Set<String> terms, int minShared, java.time.Instant from,
                java.time.Instant to) {
            return List.of();
        }

        @Override
        public void remember(SeenItem item, Polarity polarity) {}
    }
}

package webcare.reply.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webcare.analysis.api.FlagDetector;
import webcare.analysis.flags.evaluation.Detectors;
import webcare.reply.api.DraftReply;
import webcare.reply.api.ReplyFields;
import webcare.reply.api.ReplyTemplate;
import webcare.reply.api.ToneWarning;
import webcare.reply.api.ToneWarning.Issue;
import webcare.reply.templates.TemplateCatalogue;
import webcare.triage.api.Decision;

class ToneCheckerTest {

    private static final Instant NOW = Instant.parse("2026-12-05T14:00:00Z");
    private final List<String> problems = new ArrayList<>();
    private final List<FlagDetector> detectors = Detectors.all(null, problems::add, "ORD-\\d{6}");
    private final ToneChecker checker = checker(ToneRules.load(null, problems::add), Duration.ofMinutes(60));

    private ToneChecker checker(ToneRules rules, Duration upsetWindow) {
        ToneChecker built = new ToneChecker(rules, upsetWindow);
        detectors.forEach(built::addDetector);
        return built;
    }

    private static DraftReply publicReply(String text) {
        return new DraftReply(text, "nl", true, false, null, false, NOW);
    }

    private static DraftReply privateReply(String text) {
        return new DraftReply(text, "nl", false, false, null, false, NOW);
    }

    private ListAssert<Tuple> warnings(DraftReply draft) {
        return assertThat(checker.check(draft).stream()
                .map(warning -> tuple(warning.issue(), warning.start(), warning.end(), warning.matched())).toList());
    }

    /** The warning expected for the first occurrence of {@code matched} in {@code text}: its exact span. */
    private static Tuple at(Issue issue, String text, String matched) {
        int start = text.indexOf(matched);
        assertThat(start).as("'" + matched + "' in the test text").isNotNegative();
        return tuple(issue, start, start + matched.length(), matched);
    }

    private static Tuple wholeDraft(Issue issue) {
        return tuple(issue, 0, 0, "");
    }

    @Nested
    class Shouting {

        @Test
        void aWordInCapitalsInDutch() {
            String text = "Dat is ECHT niet de bedoeling, excuses.";
            warnings(publicReply(text)).containsExactly(at(Issue.SHOUTING, text, "ECHT"));
        }

        @Test
        void neighbouringWordsInCapitalsInEnglishAreOneSpan() {
            String text = "This is COMPLETELY UNACCEPTABLE and we are sorry.";
            warnings(publicReply(text)).containsExactly(at(Issue.SHOUTING, text, "COMPLETELY UNACCEPTABLE"));
        }

        @Test
        void aDraftMostlyInCapitalsIsOneWarningForTheWhole() {
            warnings(publicReply("WIJ ZOEKEN HET UIT, STUUR ONS EEN DM")).containsExactly(wholeDraft(Issue.SHOUTING));
            warnings(publicReply("WE ARE LOOKING INTO IT")).containsExactly(wholeDraft(Issue.SHOUTING));
        }

        @Test
        void runsOfExclamationMarks() {
            String text = "Dank u wel!! Echt waar?!!!";
            warnings(publicReply(text)).containsExactly(at(Issue.SHOUTING, text, "!!"), at(Issue.SHOUTING, text, "?!!!"));
        }

        @Test
        void acronymsCodesAndOneExclamationMarkAreNoShouting() {
            warnings(publicReply("Stuurt u ons een DM? Via KPN, NS, ING of de ANWB, met uw IBAN in de DM en code ABCD1234. Top!"))
                    .isEmpty();
            warnings(publicReply("Send us a DM with the URL, ASAP if you can. Thanks!")).isEmpty();
        }

        @Test
        void emojiKeepTheSpansInUtf16Indexes() {
            String text = "😊🎉 Wat fijn!! 🙏";
            // two emoji of two UTF-16 chars each, then " Wat fijn": the marks are chars 13 and 14
            warnings(publicReply(text)).containsExactly(tuple(Issue.SHOUTING, 13, 15, "!!"));
        }
    }

    @Nested
    class Phrases {

        @Test
        void blameInDutchAlsoInTheInformalForm() {
            String formal = "Dat had u zelf moeten controleren.";
            String informal = "Tja, dat had je zelf moeten controleren. Jouw schuld.";
            warnings(publicReply(formal)).containsExactly(at(Issue.BLAME, formal, "Dat had u zelf moeten"));
            warnings(publicReply(informal)).containsExactly(at(Issue.BLAME, informal, "dat had je zelf moeten"),
                    at(Issue.BLAME, informal, "Jouw schuld"));
        }

        @Test
        void blameInEnglish() {
            String text = "Sorry, but you should have read the manual.";
            warnings(publicReply(text)).containsExactly(at(Issue.BLAME, text, "you should have read"));
        }

        @Test
        void sarcasmInDutchAndEnglish() {
            String dutch = "Nou fijn, dan weet u dat ook weer.";
            String english = "Well, thanks for nothing then.";
            warnings(publicReply(dutch)).containsExactly(at(Issue.SARCASM, dutch, "Nou fijn"));
            warnings(publicReply(english)).containsExactly(at(Issue.SARCASM, english, "thanks for nothing"));
        }

        @Test
        void defensivePhrasingInDutchWithExtraSpacesAndLineBreaks() {
            String text = "U heeft het mis. Daar  kunnen   wij\nniets aan doen, dat is niet ons probleem.";
            warnings(publicReply(text)).containsExactly(
                    at(Issue.DEFENSIVE, text, "U heeft het mis"),
                    at(Issue.DEFENSIVE, text, "Daar  kunnen   wij\nniets aan doen"),
                    at(Issue.DEFENSIVE, text, "dat is niet ons probleem"));
            String informal = "Je hebt het mis.";
            warnings(publicReply(informal)).containsExactly(at(Issue.DEFENSIVE, informal, "Je hebt het mis"));
        }

        @Test
        void defensivePhrasingInEnglishWithEitherApostrophe() {
            String text = "You are wrong. As we already said, that’s not our problem.";
            warnings(publicReply(text)).containsExactly(
                    at(Issue.DEFENSIVE, text, "You are wrong"),
                    at(Issue.DEFENSIVE, text, "As we already said"),
                    at(Issue.DEFENSIVE, text, "not our problem"));
        }

        @Test
        void compensationInAPublicReplyInDutchAndEnglish() {
            String dutch = "Sorry! U krijgt een tegoedbon en 10% korting, of uw geld terug.";
            warnings(publicReply(dutch)).containsExactly(
                    at(Issue.REFLEX_COMPENSATION, dutch, "tegoedbon"),
                    at(Issue.REFLEX_COMPENSATION, dutch, "korting"),
                    at(Issue.REFLEX_COMPENSATION, dutch, "geld terug"));
            String english = "We'll send you a voucher and a full refund.";
            warnings(publicReply(english)).containsExactly(
                    at(Issue.REFLEX_COMPENSATION, english, "voucher"),
                    at(Issue.REFLEX_COMPENSATION, english, "refund"));
        }

        @Test
        void aWordListedWithAnyEndingMatchesTheWholeWord() {
            String text = "Hier is een kortingscode voor u.";
            warnings(publicReply(text)).containsExactly(at(Issue.REFLEX_COMPENSATION, text, "kortingscode"));
        }

        @Test
        void compensationInAPrivateMessageIsTheTeamMembersCall() {
            warnings(privateReply("We hebben uw bestelling bekeken en storten een vergoeding terug.")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Het is niet uw schuld, we lossen het op.", "Dat was echt niet uw eigen schuld.",
                "It is not your fault.", "This was never your fault at all.", "Helaas kunnen we geen korting geven.",
                "There is no refund for this ticket type, but we will look at your trip.", "Dat ligt niet aan u."})
        void aDeniedPhraseIsNoFalseAlarm(String text) {
            warnings(publicReply(text)).isEmpty();
        }

        @Test
        void aNegationInAnEarlierSentenceDoesNotDenyTheNext() {
            String text = "Dat klopt niet. Uw schuld.";
            warnings(publicReply(text)).containsExactly(at(Issue.BLAME, text, "Uw schuld"));
        }

        @Test
        void noInterjectionStillBlames() {
            String text = "No, that's your fault.";
            warnings(publicReply(text)).containsExactly(at(Issue.BLAME, text, "your fault"));
        }

        @Test
        void partsOfLongerWordsDoNotMatch() {
            warnings(publicReply("Uw foutmelding bekijken we; u heeft het mistige weer gezien, uw schuldeisers niet.")).isEmpty();
        }
    }

    @Nested
    class PrivateData {

        @Test
        void inAPublicReplyEveryDetectorsPrivateDataIsNamedByKindOnly() {
            String text = "Wij hebben NL91ABNA0417164300 en ORD-123456 genoteerd.";
            warnings(publicReply(text)).containsExactly(
                    tuple(Issue.PRIVATE_DATA, text.indexOf("NL91"), text.indexOf("NL91") + 18, "IBAN"),
                    tuple(Issue.PRIVATE_DATA, text.indexOf("ORD-"), text.indexOf("ORD-") + 10, "ORDER_NUMBER"));
            assertThat(checker.check(publicReply(text))).extracting(ToneWarning::matched).doesNotContain("NL91ABNA0417164300");
        }

        @Test
        void inAPublicEnglishReplyAPhoneNumberAndAnEmailAddress() {
            String text = "Please call me on 06-12345678 or write to sam.jones@example.com.";
            warnings(new DraftReply(text, "en", true, false, null, false, NOW)).containsExactly(
                    tuple(Issue.PRIVATE_DATA, text.indexOf("06-"), text.indexOf("06-") + 11, "PHONE"),
                    tuple(Issue.PRIVATE_DATA, text.indexOf("sam."), text.indexOf(".com") + 4, "EMAIL"));
        }

        @Test
        void inAPrivateReplyAnOrderNumberIsFine() {
            warnings(privateReply("Uw bestelling ORD-123456 is onderweg.")).isEmpty();
        }

        @Test
        void abuseAndThreatFlagsAreNotPrivateData() {
            String text = "Wat een klotedag voor u, sorry.";
            assertThat(detectors.stream().flatMap(d -> d.detect(text, "nl").stream())).isNotEmpty();
            warnings(publicReply(text)).noneMatch(t -> t.toList().get(0) == Issue.PRIVATE_DATA);
        }

        @Test
        void aDetectorThatFailsIsLeftOutAndTheOthersStillCount() {
            checker.addDetector((text, lang) -> {
                throw new IllegalStateException("broken team detector");
            });
            String text = "Mail ons via iemand@example.nl";
            warnings(publicReply(text)).containsExactly(tuple(Issue.PRIVATE_DATA, text.indexOf("iemand"), text.length(), "EMAIL"));
            warnings(publicReply(text)).hasSize(1);
        }

        @Test
        void aDetectorThatLeavesIsNoLongerAsked() {
            String text = "Mail ons via iemand@example.nl";
            assertThat(checker.check(publicReply(text))).extracting(ToneWarning::issue).containsExactly(Issue.PRIVATE_DATA);
            detectors.forEach(checker::removeDetector);
            warnings(publicReply(text)).isEmpty();
        }
    }

    @Nested
    class UpsetAgent {

        private DraftReply draft(boolean upset, boolean hostile, Instant posted) {
            return new DraftReply("Dank voor uw bericht. Stuurt u ons een DM?", "nl", true, hostile, posted, upset, NOW);
        }

        @Test
        void theSameInEnglish() {
            DraftReply english = new DraftReply("Thanks for your message. Could you DM us?", "en", true, true,
                    NOW.minus(Duration.ofMinutes(3)), true, NOW);
            warnings(english).containsExactly(wholeDraft(Issue.UPSET_AGENT));
        }

        @Test
        void upsetAndAnsweringAHostileMessageSoonAfterItCameIsAWholeDraftWarning() {
            warnings(draft(true, true, NOW.minus(Duration.ofMinutes(10)))).containsExactly(wholeDraft(Issue.UPSET_AGENT));
            warnings(draft(true, true, NOW.minus(Duration.ofMinutes(60)))).containsExactly(wholeDraft(Issue.UPSET_AGENT));
            warnings(draft(true, true, null)).containsExactly(wholeDraft(Issue.UPSET_AGENT));
        }

        @Test
        void laterNotUpsetOrNotHostileIsFine() {
            warnings(draft(true, true, NOW.minus(Duration.ofMinutes(61)))).isEmpty();
            warnings(draft(false, true, NOW)).isEmpty();
            warnings(draft(true, false, NOW)).isEmpty();
        }

        @Test
        void theWindowIsConfigurable() {
            ToneChecker fiveMinutes = checker(ToneRules.load(null, problems::add), Duration.ofMinutes(5));
            assertThat(fiveMinutes.check(draft(true, true, NOW.minus(Duration.ofMinutes(10))))).isEmpty();
        }

        @Test
        void wholeDraftWarningsComeFirstThenTextOrder() {
            String text = "JULLIE hebben ongelijk!! U heeft het mis.";
            assertThat(checker.check(new DraftReply(text, "nl", true, true, NOW, true, NOW)))
                    .extracting(ToneWarning::issue, ToneWarning::start)
                    .containsExactly(tuple(Issue.UPSET_AGENT, 0), tuple(Issue.SHOUTING, 0), tuple(Issue.SHOUTING, text.indexOf("!!")),
                            tuple(Issue.DEFENSIVE, text.indexOf("U heeft")));
        }
    }

    @Nested
    class Edges {

        @Test
        void anEmptyDraftHasNoWarningsButAnUpsetAgentIsStillWarned() {
            warnings(publicReply("")).isEmpty();
            warnings(new DraftReply("", "en", true, true, NOW, true, NOW)).containsExactly(wholeDraft(Issue.UPSET_AGENT));
        }

        @Test
        void aTenThousandCharacterDraftIsReadToTheEnd() {
            String polite = "Dank voor uw bericht, we zoeken het graag voor u uit. ";
            String text = polite.repeat(10_000 / polite.length()) + "U heeft het mis.";
            assertThat(text.length()).isGreaterThanOrEqualTo(10_000);
            warnings(publicReply(text)).containsExactly(at(Issue.DEFENSIVE, text, "U heeft het mis"));
        }

        @Test
        void everyBuiltInTemplateFilledReadsWellInPublic() {
            TemplateCatalogue templates = new TemplateCatalogue(null, Map.of("nl", "een DM", "en", "a DM"), problems::add);
            ReplyFields fields = new ReplyFields("Anouk", "anouk_b", "Sanne", null);
            for (Decision decision : Decision.values()) {
                for (String lang : List.of("nl", "en")) {
                    for (ReplyTemplate template : templates.forDecision(decision, lang)) {
                        String reply = templates.fill(template, fields);
                        assertThat(checker.check(new DraftReply(reply, lang, true, false, null, false, NOW))).as(reply).isEmpty();
                    }
                }
            }
        }

        @Test
        void politeRepliesRaiseNothing() {
            warnings(publicReply("Wat vervelend! Stuurt u ons een DM met uw ordernummer? Dan kijken we het na. ^Sanne")).isEmpty();
            warnings(publicReply("So sorry about this. Could you DM us your order number? We'll look into it right away.")).isEmpty();
            warnings(publicReply("You should have received a confirmation e-mail; could you check your spam folder?")).isEmpty();
            assertThat(problems).isEmpty();
        }
    }

    @Nested
    class TeamLists {

        @TempDir
        Path etc;

        @Test
        void aTeamsOwnPhrasesAndAcronymsApplyAndABadLineIsNamed() throws IOException {
            Path tone = Files.createDirectories(etc.resolve("tone"));
            Files.writeString(tone.resolve("ours.txt"), "# our own\ndefensive dat staat in de voorwaarden\nshout HARD\nacronym SNS\n");
            ToneChecker team = checker(ToneRules.load(tone, problems::add), Duration.ofMinutes(60));
            String text = "Dat staat in de voorwaarden van SNS.";
            assertThat(team.check(publicReply(text))).extracting(ToneWarning::issue, ToneWarning::start, ToneWarning::end, ToneWarning::matched)
                    .containsExactly(at(Issue.DEFENSIVE, text, "Dat staat in de voorwaarden"));
            assertThat(problems).containsExactly(
                    "etc/tone/ours.txt:3: 'shout' is no kind: use blame, sarcasm, defensive, compensation or acronym, then the words; line skipped");
        }
    }
}

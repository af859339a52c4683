package webcare.triage.reasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import webcare.analysis.api.FlagType;
import webcare.analysis.api.ReachTier;
import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;
import webcare.triage.api.Reason;
import webcare.triage.rules.Rule;
import webcare.triage.rules.Rules;
import webcare.ui.testing.ResourceKeyParity;

/** Every reason has a sentence in Dutch and in English, and every piece of evidence renders in both. */
class ReasonTextsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final ReasonTexts texts = new ReasonTexts();

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReasonTexts.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> ruleIds() {
        List<String> ids = new ArrayList<>(Rules.inOrder().stream().map(Rule::id).toList());
        ids.add(Rules.RAISED);
        return ids;
    }

    @Test
    void englishAndDutchHaveTheSameKeys() {
        ResourceKeyParity.assertSameKeys("webcare.triage.reasons.messages", ReasonTexts.class.getClassLoader(), DUTCH);
    }

    @Test
    void everyRuleDecisionFlagAndTierHasATextInBothLanguages() throws IOException {
        for (String file : List.of("messages.properties", "messages_nl.properties")) {
            Properties properties = load(file);
            Stream.of(ruleIds().stream().map(id -> "rule." + id),
                    Stream.of(Decision.values()).map(d -> "decision." + d),
                    Stream.of(FlagType.values()).map(f -> "flag." + f),
                    Stream.of(ReachTier.values()).map(t -> "reach." + t)).flatMap(s -> s)
                    .forEach(key -> assertThat(properties.getProperty(key)).as(key + " in " + file).isNotBlank());
        }
    }

    @Test
    void everyRuleRendersAsAPlainSentenceInBothLanguages() {
        Evidence everything = new Evidence.Listed(List.of(new Evidence.Quote("woord", 0, 5),
                new Evidence.Flagged(FlagType.EMAIL, 10, 20)));
        for (String rule : ruleIds()) {
            Reason reason = new Reason(rule, Decision.RESPOND, List.of(everything, new Evidence.Count(3),
                    new Evidence.Words(List.of("levering"))));
            String english = texts.render(reason, Locale.ENGLISH);
            String dutch = texts.render(reason, DUTCH);

            assertThat(english).as(rule).endsWith(" → respond").doesNotContain("{");
            assertThat(dutch).as(rule).endsWith(" → reageren").doesNotContain("{").isNotEqualTo(english);
        }
    }

    @Test
    void everyKindOfEvidenceInBothLanguages() {
        Reason reason = new Reason("fact-contradiction", Decision.CORRECT_FACTS, List.of(
                new Evidence.Listed(List.of(new Evidence.Quote("actie  met\n50%", 3, 17))),
                new Evidence.FactRef("f1", "Acties", "Er is geen actie met 50% korting")));

        assertThat(texts.render(reason, DUTCH)).isEqualTo("zegt 'actie met 50%' op tekens 4–17, wat het "
                + "feitenoverzicht tegenspreekt: 'Er is geen actie met 50% korting' (Acties) → feiten rechtzetten");
        assertThat(texts.render(new Reason("unfounded-rant", Decision.MONITOR, List.of(new Evidence.Score(-0.75))),
                DUTCH)).isEqualTo("negatief (score -0,75) zonder concrete klacht of vraag → volgen");
        assertThat(texts.render(new Reason("large-reach", Decision.RESPOND,
                List.of(new Evidence.Reach(ReachTier.LARGE))), Locale.ENGLISH))
                .isEqualTo("a negative item by an author of large reach → respond");
        assertThat(texts.render(new Reason("chronic-complainer", Decision.MONITOR,
                List.of(new Evidence.Share(9, 10))), Locale.ENGLISH))
                .isEqualTo("the author is negative in 9 of 10 items → monitor");
        assertThat(texts.render(new Reason("raised-by-others", Decision.RESPOND, List.of(new Evidence.Count(3),
                new Evidence.Count(48), new Evidence.Words(List.of()))), Locale.ENGLISH))
                .isEqualTo("3 other authors raised the same subject within 48 hours (no shared words) → respond");
    }

    @Test
    void theBriefsExampleSentence() {
        Reason iban = new Reason("private-data", Decision.HIDE_AND_EXPLAIN,
                List.of(new Evidence.Listed(List.of(new Evidence.Flagged(FlagType.IBAN, 33, 52)))));

        assertThat(texts.render(iban, DUTCH)).isEqualTo("bevat een IBAN op tekens 34–52 → verbergen en uitleggen");
        assertThat(texts.render(iban, Locale.ENGLISH)).isEqualTo("contains an IBAN at characters 34–52 → hide and explain");
        assertThat(texts.render(iban, Locale.GERMAN)).as("any other language: English")
                .isEqualTo(texts.render(iban, Locale.ENGLISH));
    }

    @Test
    void anUnknownRuleIsNamed() {
        assertThatThrownBy(() -> texts.render(new Reason("gut-feeling", Decision.MONITOR, List.of()), DUTCH))
                .hasMessage("no text for triage rule 'gut-feeling' in Dutch: add rule.gut-feeling to the messages");
    }
}

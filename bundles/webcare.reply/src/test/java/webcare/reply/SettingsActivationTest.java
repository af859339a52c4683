package webcare.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.launch.testing.HomeLaunch;
import webcare.reply.api.DraftReply;
import webcare.reply.api.ReplyFields;
import webcare.reply.api.ToneWarning;
import webcare.reply.templates.TemplateCatalogue;
import webcare.reply.tone.ToneChecker;
import webcare.triage.api.Decision;

/** The components as DS builds them: settings from the cfg, the team's files from $WEBCARE_HOME/etc. */
class SettingsActivationTest {

    @TempDir
    Path home;

    private static ReplySettings settings(String channelNl, String channelEn, int upsetAgentMinutes) {
        return new ReplySettings() {
            @Override
            public String channel_nl() {
                return channelNl;
            }

            @Override
            public String channel_en() {
                return channelEn;
            }

            @Override
            public int upsetAgentMinutes() {
                return upsetAgentMinutes;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ReplySettings.class;
            }
        };
    }

    @Test
    void theTemplatesTakeTheTeamFileFromHomeAndTheChannelFromTheSettings() throws IOException {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc").resolve(TemplateCatalogue.TEAM_FILE), """
                {"templates": [{"id": "monitor.acknowledge", "lang": "nl", "purpose": "acknowledge", "title": "Eigen",
                                "decisions": ["monitor"], "text": "We lezen mee. Vragen? Via {channel}."}]}
                """);
        TemplateCatalogue templates = new TemplateCatalogue(new HomeLaunch(home), settings("WhatsApp", "WhatsApp", 60));
        assertThat(templates.forDecision(Decision.MONITOR, "nl"))
                .singleElement()
                .satisfies(template -> assertThat(templates.fill(template, new ReplyFields(null, null, null, null)))
                        .isEqualTo("We lezen mee. Vragen? Via WhatsApp."));
    }

    @Test
    void theToneCheckTakesTheTeamListsFromHomeAndTheUpsetWindowFromTheSettings() throws IOException {
        Path tone = Files.createDirectories(home.resolve("etc").resolve("tone"));
        Files.writeString(tone.resolve("ours.txt"), "sarcasm daar gaan we weer\n");
        ToneChecker checker = new ToneChecker(new HomeLaunch(home), settings("een DM", "a DM", 5));
        Instant now = Instant.parse("2026-12-05T14:00:00Z");
        assertThat(checker.check(new DraftReply("Daar gaan we weer.", "nl", true, true, now.minusSeconds(600), true, now)))
                .extracting(ToneWarning::issue).containsExactly(ToneWarning.Issue.SARCASM);
    }
}

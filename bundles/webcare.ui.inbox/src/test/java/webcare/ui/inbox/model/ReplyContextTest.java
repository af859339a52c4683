package webcare.ui.inbox.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.reply.api.DraftReply;
import webcare.reply.api.ReplyFields;
import webcare.reply.api.ReplyTemplate;
import webcare.reply.api.ReplyTemplates;
import webcare.reply.api.ToneCheck;
import webcare.reply.api.ToneWarning;
import webcare.store.api.StoreException;
import webcare.triage.api.Decision;

/** The composer's templates and tone check for one stored item, with hand-written services. */
class ReplyContextTest {

    private static final Instant NOW = Instant.parse("2026-12-05T13:30:00Z");

    @TempDir
    Path data;

    private StoredInbox stored;
    private final List<String> asked = new ArrayList<>();
    private final List<DraftReply> checked = new ArrayList<>();
    private final ReplyTemplates templates = new ReplyTemplates() {
        @Override
        public List<ReplyTemplate> forDecision(Decision decision, String lang) {
            asked.add(decision + " " + lang);
            return List.of(new ReplyTemplate("respond.acknowledge", ReplyTemplate.Purpose.ACKNOWLEDGE, lang, "Erkennen",
                    "Hallo {name} (@{handle}), {agent} hier.", java.util.Set.of(decision)));
        }

        @Override
        public String fill(ReplyTemplate template, ReplyFields fields) {
            return template.text().replace("{name}", fields.name()).replace("{handle}", fields.handle())
                    .replace("{agent}", fields.agent());
        }
    };
    private final ToneCheck tone = draft -> {
        checked.add(draft);
        return List.of(new ToneWarning(ToneWarning.Issue.DEFENSIVE, 0, 3, draft.text().substring(0, 3)));
    };

    @BeforeEach
    void open() {
        stored = new StoredInbox(data);
    }

    @AfterEach
    void close() {
        stored.close();
    }

    @Test
    void offersTheTemplatesOfTheItemsDecisionAndLanguageFilledForItsAuthor() throws StoreException {
        long id = stored.add(StoredInbox.post("1", "Waar blijft mijn pakket?", NOW), "RESPOND", -0.3, "[]", NOW);
        ReplyContext context = new ReplyContext(stored.item(id), templates, tone, "anna");

        List<ReplyTemplate> offered = context.templates();

        assertThat(asked).containsExactly("RESPOND nl");
        assertThat(context.fill(offered.get(0))).isEqualTo("Hallo Fatima el Amrani (@fatima_nl), anna hier.");
    }

    @Test
    void checksTheToneOfAPublicAnswerWithTheUpsetSwitchAndHostility() throws StoreException {
        long calm = stored.add(StoredInbox.post("1", "Waar blijft mijn pakket?", NOW.minusSeconds(120)), "RESPOND",
                -0.3, "[]", NOW);
        long abusive = stored.add(StoredInbox.post("2", "Stelletje oplichters", NOW), "RESPOND", -0.3,
                "[{\"type\":\"INSULT\",\"start\":0,\"end\":9}]", NOW);

        assertThat(new ReplyContext(stored.item(calm), templates, tone, "anna").check("U heeft het mis", true, NOW))
                .extracting(ToneWarning::matched).containsExactly("U h");
        new ReplyContext(stored.item(abusive), templates, tone, "anna").check("Dag", false, NOW);

        assertThat(checked).extracting(DraftReply::lang, DraftReply::visibleToPublic, DraftReply::answeringHostile,
                DraftReply::agentUpset, DraftReply::answeredPostedAt).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("nl", true, false, true, NOW.minusSeconds(120)),
                        org.assertj.core.groups.Tuple.tuple("nl", true, true, false, NOW));
    }

    @Test
    void withoutTheReplyServicesThereAreNoTemplatesAndNoWarnings() throws StoreException {
        long id = stored.add(StoredInbox.post("1", "Waar blijft mijn pakket?", NOW), "SOMETHING_NEW", -0.3, "[]", NOW);

        assertThat(new ReplyContext(stored.item(id), null, null, "anna").templates()).isEmpty();
        assertThat(new ReplyContext(stored.item(id), null, null, "anna").check("U heeft het mis", true, NOW)).isEmpty();
        assertThat(new ReplyContext(stored.item(id), templates, tone, "anna").templates())
                .as("an unknown decision has no templates").isEmpty();
    }
}

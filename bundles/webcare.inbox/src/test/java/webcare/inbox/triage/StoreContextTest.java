package webcare.inbox.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import webcare.analysis.api.Polarity;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository;
import webcare.store.api.InboxRepository.AuthorKey;
import webcare.triage.api.AuthorHistory;
import webcare.triage.api.Decision;
import webcare.triage.api.MentionKey;
import webcare.triage.api.SeenItem;
import webcare.triage.engine.TriageEngine;
import webcare.triage.testing.Configs;

class StoreContextTest {

    private static final Instant NOON = Instant.parse("2026-11-30T11:00:00Z");

    private static Mention post(String id, String author) {
        return new Mention("twitter", "brand", id, MentionKind.POST, null, null,
                new Author(null, author, author, 50L, null), "Weer die app-update", "nl", null, null, NOON, null, null,
                false);
    }

    private static SeenItem seen(Mention mention, Decision decision) {
        return new SeenItem(MentionKey.of(mention), SeenItem.authorOf(mention), SeenItem.threadOf(mention),
                mention.created(), decision, Set.of("app-update"));
    }

    @Test
    void anItemRememberedAgainWhenRaisedCountsOnceInItsAuthorsHistory() {
        Mention earlier = post("m0", "anna"); // triaged in an earlier batch: in the stored history
        StoreContext context = new StoreContext(new TriageEngine(Configs.defaults()).memoryContext(),
                Map.of(new AuthorKey("twitter", "anna"), new InboxRepository.AuthorHistory(1, 1)));
        Mention first = post("m1", "anna");
        context.authorHistory(first);
        context.remember(seen(first, Decision.MONITOR), Polarity.NEGATIVE);

        // a later item of the batch raises both: the engine remembers them again as RESPOND
        context.remember(seen(first, Decision.RESPOND), Polarity.NEGATIVE);
        context.remember(seen(earlier, Decision.RESPOND), Polarity.NEGATIVE);

        assertThat(context.authorHistory(post("m2", "anna"))).isEqualTo(new AuthorHistory(2, 2));
    }
}

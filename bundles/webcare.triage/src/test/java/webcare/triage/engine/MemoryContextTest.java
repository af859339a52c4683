package webcare.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import webcare.analysis.api.Polarity;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.triage.api.AuthorHistory;
import webcare.triage.api.Decision;
import webcare.triage.api.MentionKey;
import webcare.triage.api.SeenItem;
import webcare.triage.testing.Items;

class MemoryContextTest {

    private static final Instant AT = Items.MONDAY_NOON;

    private static SeenItem item(String id, String author, Decision decision, String... terms) {
        return new SeenItem(new MentionKey("twitter", "brand", id), "twitter:" + author, "twitter/brand/" + id,
                AT.plusSeconds(Long.parseLong(id)), decision, Set.of(terms));
    }

    @Test
    void countsAnAuthorsItemsOnceEvenWhenAnItemIsRememberedAgain() {
        MemoryContext context = new MemoryContext(100, 100);
        context.remember(item("1", "anna", Decision.MONITOR, "levering"), Polarity.NEGATIVE);
        context.remember(item("2", "anna", Decision.NO_ACTION, "levering"), Polarity.POSITIVE);
        context.remember(item("1", "anna", Decision.RESPOND, "levering"), Polarity.NEGATIVE);

        assertThat(context.authorHistory(Items.post("9", "anna", "", AT))).isEqualTo(new AuthorHistory(2, 1));
        assertThat(context.similar(Set.of("levering"), 1, AT, AT.plusSeconds(10)))
                .extracting(SeenItem::decision).containsExactly(Decision.RESPOND, Decision.NO_ACTION);
    }

    @Test
    void findsItemsSharingEnoughWordsWithinTheWindow() {
        MemoryContext context = new MemoryContext(100, 100);
        context.remember(item("1", "a", Decision.MONITOR, "app", "update", "wist"), Polarity.NEGATIVE);
        context.remember(item("2", "b", Decision.MONITOR, "update", "prijs"), Polarity.NEGATIVE);
        context.remember(item("30", "c", Decision.MONITOR, "update", "wist"), Polarity.NEGATIVE);

        assertThat(context.similar(Set.of("update", "wist"), 2, AT, AT.plusSeconds(60)))
                .extracting(seen -> seen.key().externalId()).containsExactly("1", "30");
        assertThat(context.similar(Set.of("update", "wist"), 2, AT.plusSeconds(10), AT.plusSeconds(60)))
                .extracting(seen -> seen.key().externalId()).containsExactly("30");
    }

    @Test
    void findsItemsPostedAtTheSameInstantInTheOrderRemembered() {
        MemoryContext context = new MemoryContext(100, 100);
        for (String id : new String[] {"b", "a", "c"}) {
            context.remember(new SeenItem(new MentionKey("twitter", "brand", id), "twitter:" + id, "twitter/brand/" + id,
                    AT, Decision.MONITOR, Set.of("update", "wist", "app")), Polarity.NEGATIVE);
        }

        assertThat(context.similar(Set.of("wist", "app", "update"), 2, AT, AT))
                .extracting(seen -> seen.key().externalId()).containsExactly("b", "a", "c");
    }

    @Test
    void forgetsTheOldestBeyondItsBounds() {
        MemoryContext context = new MemoryContext(100, 100);
        for (int i = 0; i < 250; i++) {
            context.remember(item(String.valueOf(i), "author" + i, Decision.MONITOR, "levering"), Polarity.NEGATIVE);
        }

        assertThat(context.similar(Set.of("levering"), 1, AT, AT.plusSeconds(1_000)))
                .as("at most the newest per word, and none forgotten").hasSize(MemoryContext.PER_WORD)
                .allMatch(seen -> Integer.parseInt(seen.key().externalId()) >= 150);
        assertThat(context.authorHistory(Items.post("x", "author0", "", AT))).isEqualTo(AuthorHistory.NONE);
        assertThat(context.authorHistory(Items.post("x", "author249", "", AT))).isEqualTo(new AuthorHistory(1, 1));
    }

    @Test
    void authorsAreTheSourceWithIdElseHandleElseNameAndAnAnonymousItemIsItsOwnAuthor() {
        Mention named = new Mention("google", "shop", "r1", MentionKind.REVIEW, null, null,
                new Author(null, " ", "Karin", null, null), "", null, 2, null, AT, null, null, false);
        Mention anonymous = new Mention("google", "shop", "r2", MentionKind.REVIEW, null, null, null, "", null, 2,
                null, AT, null, null, false);

        assertThat(SeenItem.authorOf(named)).isEqualTo("google:Karin");
        assertThat(SeenItem.authorOf(Items.post("x"))).isEqualTo("twitter:anna");
        assertThat(SeenItem.authorOf(anonymous)).isEqualTo("google#r2");
        assertThat(SeenItem.threadOf(Items.reply("5", "eve", "t1", "", AT))).isEqualTo("facebook/page/t1");
    }
}

package webcare.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentionTest {

    private static Mention mention(String text, Integer rating) {
        return new Mention("trustpilot", "shop", "r1", MentionKind.REVIEW, null, null,
                new Author(null, null, "Anke", 3L, null), text, "nl", rating, null,
                Instant.parse("2026-10-25T00:30:00Z"), null, null, false);
    }

    @Test
    void cutsAnOverlongTextAndSaysSo() {
        Mention mention = mention("x".repeat(Mention.MAX_TEXT + 10), 1);

        assertThat(mention.text()).hasSize(Mention.MAX_TEXT);
        assertThat(mention.truncated()).isTrue();
        assertThat(mention("kort", 1).truncated()).isFalse();
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "a".repeat(Mention.MAX_TEXT - 1) + "\uD83D\uDE21" + "b";

        assertThat(mention(text, 2).text()).hasSize(Mention.MAX_TEXT - 1).doesNotContain("\uD83D");
    }

    @Test
    void refusesARatingOutsideOneToFiveAndMissingRequiredFields() {
        assertThatThrownBy(() -> mention("t", 6)).hasMessageContaining("rating must be 1 to 5");
        assertThatThrownBy(() -> new Mention(" ", "", "1", MentionKind.POST, null, null, null, "t", null, null,
                null, Instant.EPOCH, null, null, false)).hasMessage("source is required");
    }

    @Test
    void kindsHaveLowerCaseIds() {
        assertThat(MentionKind.REVIEW.id()).isEqualTo("review");
        assertThat(MentionKind.of(" Reply ")).isEqualTo(MentionKind.REPLY);
        assertThat(new Author("7", "@anke", " ", null, null).displayName()).isEqualTo("@anke");
    }
}

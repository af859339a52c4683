package webcare.triage.testing;

import java.time.Instant;
import java.util.List;
import webcare.analysis.api.Cue;
import webcare.analysis.api.Flag;
import webcare.analysis.api.Polarity;
import webcare.analysis.api.ReachTier;
import webcare.analysis.api.Sentiment;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.triage.api.Analysis;

/** Mentions and analyses written as test data: the analysis is given, not computed. */
public final class Items {

    public static final Instant MONDAY_NOON = Instant.parse("2026-11-16T11:00:00Z");

    private Items() {}

    /** A post by {@code author} at {@code at}. */
    public static Mention post(String id, String author, String text, Instant at) {
        return new Mention("twitter", "brand", id, MentionKind.POST, null, null,
                new Author(author, author, null, null, null), text, null, null, null, at, null, null, false);
    }

    public static Mention post(String text) {
        return post("1", "anna", text, MONDAY_NOON);
    }

    /** A reply in thread {@code thread}. */
    public static Mention reply(String id, String author, String thread, String text, Instant at) {
        return new Mention("facebook", "page", id, MentionKind.COMMENT, thread, thread,
                new Author(author, null, author, null, null), text, null, null, null, at, null, null, false);
    }

    /** A review of {@code stars}. */
    public static Mention review(String text, int stars) {
        return new Mention("google", "shop", "r1", MentionKind.REVIEW, null, null,
                new Author(null, null, "Karin", null, null), text, "nl", stars, null, MONDAY_NOON, null, null, false);
    }

    public static Mention from(String source, Instant at) {
        return new Mention(source, "x", "s1", MentionKind.POST, null, null, null, "", null, null, null, at, null, null,
                false);
    }

    public static Analysis negative(Flag... flags) {
        return analysis(Polarity.NEGATIVE, -0.5, ReachTier.SMALL, flags);
    }

    public static Analysis positive() {
        return analysis(Polarity.POSITIVE, 0.7, ReachTier.SMALL);
    }

    public static Analysis neutral(Flag... flags) {
        return analysis(Polarity.NEUTRAL, 0, ReachTier.SMALL, flags);
    }

    public static Analysis analysis(Polarity polarity, double score, ReachTier reach, Flag... flags) {
        return new Analysis("nl", new Sentiment(score, polarity, List.<Cue>of(), "test"), List.of(flags), reach);
    }
}

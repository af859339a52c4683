package webcare.incident.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One mention as the detector takes it: when, where, whether it is negative, who wrote it and how
 * far they reach, and its text for the evidence.
 *
 * @param created   when it was written (UTC instant); required
 * @param source    the platform type ({@code twitter}, {@code google}, …): the stream it counts in
 *                  besides the overall one; required, not blank
 * @param id        the mention's identity within its source (the platform's id); the same source
 *                  and id twice is one mention; required, not blank
 * @param negative  whether its sentiment is negative
 * @param author    the author's handle or id; {@code ""} when unknown (null is taken as that)
 * @param followers the author's reach figure (followers, friends); 0 when unknown, never negative
 * @param text      what was said, for the driving terms; {@code ""} when none (null is taken as that)
 */
public record Observation(Instant created, String source, String id, boolean negative, String author,
        long followers, String text) {

    public Observation {
        Objects.requireNonNull(created, "created");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is required");
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        if (followers < 0) {
            throw new IllegalArgumentException("followers must be 0 or more, not " + followers);
        }
        author = author == null ? "" : author;
        text = text == null ? "" : text;
    }
}

package webcare.reply.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A reply about to be sent, with what the {@link ToneCheck} needs to judge it.
 *
 * @param text             the reply as typed
 * @param lang             {@code nl}, {@code en} or {@code unknown}
 * @param visibleToPublic  true for a public answer (private data must not be in it); false for a
 *                         private message
 * @param answeringHostile whether the mention it answers is hostile (abuse, a threat, or very negative)
 * @param answeredPostedAt when the mention it answers was posted (UTC); null when unknown
 * @param agentUpset       whether the team member marked themselves upset
 * @param now              the time of the check (UTC)
 */
public record DraftReply(String text, String lang, boolean visibleToPublic, boolean answeringHostile,
        Instant answeredPostedAt, boolean agentUpset, Instant now) {

    public DraftReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(now, "now");
    }
}

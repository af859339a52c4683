package webcare.reply.api;

import java.util.List;

/**
 * Reads a draft reply the way an upset customer would and warns before it is sent. It only warns:
 * the team member decides. Thread-safe and quick enough to run on every key stroke (no I/O per call).
 */
public interface ToneCheck {

    /** The warnings for {@code draft}, in text order (whole-draft warnings first); empty when none. */
    List<ToneWarning> check(DraftReply draft);
}

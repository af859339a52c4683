package webcare.notify.api;

import java.time.Instant;
import java.util.Optional;

/** A notice as stored, with what happened to it. */
public record Notification(long id, Notice notice, Instant created, Delivery delivery, int attempts,
        Optional<String> lastError, Optional<Instant> sentAt, Optional<Instant> acknowledgedAt,
        Optional<String> acknowledgedBy) {

    /** How it reaches its recipient. */
    public enum Delivery {
        /** Waiting for the mail server, or for the next attempt after a failed one. */
        WAITING,
        /** Accepted by the mail server. */
        SENT,
        /** Shown in the workbench only: no e-mail address, or e-mail is not set up. */
        IN_APP
    }
}

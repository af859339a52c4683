package webcare.response.api;

import java.time.Instant;
import java.util.Optional;

/** A task of the incident: due at a time counted from its start, done (by whom, when) or not. */
public record TaskState(String taskId, String title, String roleId, Instant due, Optional<Instant> done,
        Optional<String> doneBy) {

    public boolean overdue(Instant now) {
        return done.isEmpty() && now.isAfter(due);
    }
}

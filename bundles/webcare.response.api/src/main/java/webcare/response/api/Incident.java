package webcare.response.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import webcare.model.plan.CalendarRule;

/**
 * An incident as it stands: what it was opened with, its status, the roles and who holds them,
 * its tasks, when the last public update was posted and when the next one is due
 * ({@code updateMinutes} apart; none when 0), how many mentions are linked, the scenario's
 * holding statement in the incident's language and the content calendar's rules (what to pause,
 * review or continue) as the plan has them now, with the ids of those ticked off for this incident.
 */
public record Incident(long id, String title, Optional<String> scenarioId, String scenarioName, int severity,
        Origin origin, IncidentStatus status, Instant detected, Optional<Instant> reported, Instant started,
        Instant opened, String openedBy, String language, boolean drill, List<RoleHolder> roles,
        List<TaskState> tasks, int updateMinutes, Optional<Instant> lastUpdate, Optional<Instant> nextUpdate,
        long linkedMentions, Optional<String> holdingStatement, List<CalendarRule> calendar, Set<String> calendarDone) {

    public Incident {
        roles = List.copyOf(roles);
        tasks = List.copyOf(tasks);
        calendar = List.copyOf(calendar);
        calendarDone = Set.copyOf(calendarDone);
    }
}

package webcare.model.plan;

import java.util.Objects;

/**
 * One step of a role's checklist.
 *
 * @param id            stable id, unique in the plan
 * @param title         what to do, e.g. "Acknowledge publicly"
 * @param targetMinutes when it must be done, in minutes from the start of the crisis; null when
 *                      not set (a health-check finding)
 * @param repeatMinutes for recurring work ("next public update every 2 h"), the interval; null
 *                      for a one-off task
 */
public record Task(String id, String title, Integer targetMinutes, Integer repeatMinutes) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}

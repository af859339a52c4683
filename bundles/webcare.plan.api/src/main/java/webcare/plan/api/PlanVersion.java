package webcare.plan.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An approved, immutable version of the plan.
 *
 * @param number     1 for the first approved version, then 2, 3, …
 * @param approvedAt when
 * @param approvedBy who approved it (a person's name)
 * @param reviewDate the day of the review session that approved it
 */
public record PlanVersion(int number, Instant approvedAt, String approvedBy, LocalDate reviewDate) {}

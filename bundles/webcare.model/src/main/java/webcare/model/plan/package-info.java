/**
 * The crisis plan as data: who is responsible for what when a crisis strikes, and how the plan
 * is kept current. Plain immutable records; references between them are ids (a person's id in a
 * role, a role's id in a scenario), so a plan can be checked, compared and written as JSON.
 * Lists are never null; optional texts are null when absent. {@link PlanIndex} finds elements by id;
 * {@link Durations} writes and reads target times.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package webcare.model.plan;

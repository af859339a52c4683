/**
 * The crisis plan as a service: the working plan and its approved versions ({@link PlanBook}),
 * its JSON form ({@link PlanCodec}, with what it assumed reading a plain file: {@link PlanRead}),
 * its health check ({@link PlanHealth}), what changed between two plans ({@link PlanDiff}), the
 * walk through it in a review session ({@link ReviewAgenda}), and the documents made from it
 * ({@link PlanExporter}, a whiteboard: each format a service).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package webcare.plan.api;

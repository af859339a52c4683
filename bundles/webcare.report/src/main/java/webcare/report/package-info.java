/**
 * Documents made from a crisis plan, each a {@link webcare.plan.api.PlanExporter} service: the plan
 * as printable HTML and PDF, pocket cards per role, the minutes of the last review and the .ics
 * invitation for the next one. Private: nothing here is exported.
 */
package webcare.report;

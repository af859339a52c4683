/**
 * What to do with a mention: {@link webcare.triage.api.Triage} turns a mention, its analysis and
 * what is known around it ({@link webcare.triage.api.TriageContext}: the author's history, the
 * thread, recent items on the same subject) into a {@link webcare.triage.api.TriageResult}: a
 * {@link webcare.triage.api.Decision}, a priority, a due time and the {@link webcare.triage.api.Reason}s,
 * each naming its rule and its evidence as data; {@link webcare.triage.api.ReasonRenderer} writes
 * them as sentences in Dutch or English.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.triage.api;

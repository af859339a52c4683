package webcare.triage.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The triage rules (docs/TRIAGE.md). Evaluation is ordered and explainable: every rule is
 * evaluated; the first in rule order that fires decides, the others that fired follow as
 * secondary reasons. A monitored item that several other authors echo is raised to RESPOND.
 * Thread-safe; a {@link TriageContext} is used by one caller at a time.
 */
@ProviderType
public interface Triage {

    /** Decides on one mention and tells {@code input.context()} the outcome. */
    TriageResult triage(TriageInput input);

    /**
     * A new, empty context kept in memory for one stream of mentions triaged in posting order
     * (e.g. a file): bounded in items and authors as configured; the oldest are forgotten first.
     */
    TriageContext memoryContext();
}

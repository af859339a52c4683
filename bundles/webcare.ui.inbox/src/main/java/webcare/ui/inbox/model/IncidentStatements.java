package webcare.ui.inbox.model;

import java.util.List;
import webcare.response.api.Incident;
import webcare.response.api.IncidentException;
import webcare.response.api.IncidentStatus;
import webcare.response.api.Incidents;

/**
 * The holding statements the composer offers for an item: those of the running incidents (not yet
 * resolved, no drill) the item is linked to, each in its incident's language. Answering with one is
 * the incident's public update, so its timeline shows when the organisation first spoke. Without the
 * incident service there are none. Call off the UI thread.
 */
public final class IncidentStatements {

    /** An incident's holding statement, as the plan's scenario words it. */
    public record Statement(long incident, String incidentTitle, String text) {}

    private static final System.Logger LOG = System.getLogger(IncidentStatements.class.getName());

    private final Incidents incidents;

    /** @param incidents the incident service; null when it is absent */
    public IncidentStatements(Incidents incidents) {
        this.incidents = incidents;
    }

    /** The statements for the stored mention {@code mentionId}, newest incident first; none when they cannot be read. */
    public List<Statement> of(long mentionId) {
        if (incidents == null) {
            return List.of();
        }
        try {
            return incidents.linkedTo(mentionId).stream()
                    .filter(incident -> !incident.drill() && incident.status().compareTo(IncidentStatus.RESOLVED) < 0)
                    .filter(incident -> incident.holdingStatement().isPresent())
                    .map(incident -> new Statement(incident.id(), incident.title(), incident.holdingStatement().get()))
                    .toList();
        } catch (IncidentException e) {
            // the answer can still be written; only the statements are not offered
            LOG.log(System.Logger.Level.WARNING, "The composer offers no holding statement: " + e.getMessage());
            return List.of();
        }
    }

    /** Records {@code text}, sent by {@code who} starting from {@code statement}, as its incident's public update. */
    public void posted(Statement statement, String text, String who) throws IncidentException {
        if (incidents != null) {
            incidents.publicUpdate(statement.incident(), text, who);
        }
    }
}

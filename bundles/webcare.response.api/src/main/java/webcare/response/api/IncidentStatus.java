package webcare.response.api;

/** Where an incident stands; it moves forward only, one or more steps at a time. */
public enum IncidentStatus {
    DETECTED,
    ACKNOWLEDGED,
    CONTAINED,
    RESOLVED,
    EVALUATED;

    /** Open: not yet resolved. */
    public boolean open() {
        return compareTo(RESOLVED) < 0;
    }
}

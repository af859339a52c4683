package webcare.triage.api;

/**
 * What one author posted before the mention being triaged (that mention not counted).
 *
 * @param items    how many items
 * @param negative how many of them were negative
 */
public record AuthorHistory(int items, int negative) {

    /** Nothing known about the author. */
    public static final AuthorHistory NONE = new AuthorHistory(0, 0);

    public AuthorHistory {
        if (items < 0 || negative < 0 || negative > items) {
            throw new IllegalArgumentException("bad history: " + negative + " negative of " + items);
        }
    }
}

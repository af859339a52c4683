package webcare.triage.api;

/**
 * The thread a mention belongs to, before that mention (not counted).
 *
 * @param items    how many items of the thread are known
 * @param negative how many of them were negative
 */
public record ThreadHistory(int items, int negative) {

    /** Nothing known about the thread. */
    public static final ThreadHistory NONE = new ThreadHistory(0, 0);

    public ThreadHistory {
        if (items < 0 || negative < 0 || negative > items) {
            throw new IllegalArgumentException("bad thread: " + negative + " negative of " + items);
        }
    }
}

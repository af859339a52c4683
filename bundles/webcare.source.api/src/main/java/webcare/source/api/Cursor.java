package webcare.source.api;

import java.util.Objects;

/**
 * Where a source's paging stands: opaque text only its connector understands (an id, a token, a
 * timestamp, or several as JSON). The store keeps it in the same transaction as the mentions it
 * came with, so a crash repeats at most one page and loses none.
 */
public record Cursor(String value) {

    /** Before the first fetch. */
    public static final Cursor START = new Cursor("");

    public Cursor {
        Objects.requireNonNull(value, "value");
    }

    public boolean isStart() {
        return value.isEmpty();
    }
}

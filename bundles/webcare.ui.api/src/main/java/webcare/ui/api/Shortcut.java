package webcare.ui.api;

import java.util.Objects;

/**
 * One key of a view for the F1 list: {@code keys} as people type them ({@code Ctrl+S},
 * {@code 1 … 6}), {@code action} what it does, both in the view's language.
 */
public record Shortcut(String keys, String action) {

    public Shortcut {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(action, "action");
    }
}

package webcare.ui.themes.model;

/**
 * A mention's text made safe to show as plain text: control characters become spaces, direction
 * overrides and isolates (which could reorder what follows) are dropped, and a long text is cut.
 */
public final class PlainText {

    private PlainText() {}

    /** {@code text} without control or direction characters, at most {@code longest} characters plus "…". */
    public static String of(String text, int longest) {
        StringBuilder shown = new StringBuilder(Math.min(text.length(), longest) + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                continue;
            }
            if (shown.length() == longest) {
                shown.append('\u2026');
                break;
            }
            shown.append(c != '\n' && Character.isISOControl(c) ? ' ' : c);
        }
        return shown.toString();
    }
}

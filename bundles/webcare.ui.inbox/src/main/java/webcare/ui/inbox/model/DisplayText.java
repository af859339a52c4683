package webcare.ui.inbox.model;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text from the platforms made safe to show: markup as plain text, no control characters, and no
 * bidirectional overrides or isolates, which could make a line read backwards or hide what follows.
 */
public final class DisplayText {

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,500}>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, String> ENTITIES = Map.of("&lt;", "<", "&gt;", ">", "&quot;", "\"", "&#39;", "'",
            "&apos;", "'", "&nbsp;", " ", "&amp;", "&");

    private DisplayText() {}

    /** One line for a table cell: tags dropped, entities read, every run of whitespace one space. */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        return WHITESPACE.matcher(neutralise(plain(text))).replaceAll(" ").strip();
    }

    /**
     * The full text for the detail pane, keeping its line breaks and its length: each control or
     * bidi character becomes one visible stand-in, so flag offsets (UTF-16) still point at the same
     * characters.
     */
    public static String full(String text) {
        return text == null ? "" : neutralise(text);
    }

    private static String plain(String text) {
        String untagged = TAG.matcher(text).replaceAll(" ");
        if (untagged.indexOf('&') < 0) {
            return untagged;
        }
        String read = untagged;
        for (var entity : ENTITIES.entrySet()) {
            if (!entity.getKey().equals("&amp;")) {
                read = read.replace(entity.getKey(), entity.getValue());
            }
        }
        return read.replace("&amp;", "&"); // last, so "&amp;lt;" stays "&lt;"
    }

    private static String neutralise(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            shown.append(c == '\n' || c == '\t' ? c : c == '\r' ? '\n' : hidden(c) ? '\uFFFD' : c);
        }
        return shown.toString();
    }

    /** Control characters and the characters that change the direction of what follows. */
    static boolean hidden(char c) {
        return Character.isISOControl(c)
                || c >= '\u202A' && c <= '\u202E' // embeddings and overrides
                || c >= '\u2066' && c <= '\u2069' // isolates
                || c == '\u200E' || c == '\u200F' || c == '\u061C' // direction marks
                || c == '\u2028' || c == '\u2029';
    }
}

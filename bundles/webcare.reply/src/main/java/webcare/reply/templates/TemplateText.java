package webcare.reply.templates;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The syntax of a template's text: {@code {name}}-style placeholders, and square brackets around
 * the words that only make sense with the placeholder they hold ({@code [Hallo {name}, ]}): when
 * one of its placeholders has no value, the whole group is left out. Filling never leaves a brace
 * or bracket of the syntax behind, and tidies the spaces and punctuation a left-out part leaves.
 */
final class TemplateText {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([,.!?;:)])");
    private static final Pattern COMMA_BEFORE_STOP = Pattern.compile(",\\s*([,.!?;:])");
    private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\(\\s*\\)");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:.]+");
    /** What a value may not bring in: the template syntax itself, so no placeholder survives filling. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SYNTAX_IN_VALUE = Pattern.compile("[{}\\[\\]]");

    private TemplateText() {
    }

    /** What is wrong with {@code text} as a template (one phrase saying what to do), or null when it is fine. */
    static String problem(String text) {
        boolean inGroup = false;
        boolean groupHasPlaceholder = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '{' -> {
                    int close = text.indexOf('}', i);
                    if (close < 0) {
                        return "a '{' without its '}': write placeholders as {name}, {handle}, {agent} or {channel}";
                    }
                    String token = text.substring(i + 1, close);
                    if (Placeholder.of(token) == null) {
                        return "unknown placeholder {" + token + "}: use {name}, {handle}, {agent} or {channel}";
                    }
                    groupHasPlaceholder |= inGroup;
                    i = close;
                }
                case '}' -> {
                    return "a '}' without its '{': write placeholders as {name}, {handle}, {agent} or {channel}";
                }
                case '[' -> {
                    if (inGroup) {
                        return "a '[' inside [...]: groups cannot be nested";
                    }
                    inGroup = true;
                    groupHasPlaceholder = false;
                }
                case ']' -> {
                    if (!inGroup) {
                        return "a ']' without its '['";
                    }
                    if (!groupHasPlaceholder) {
                        return "a [...] group without a placeholder: brackets mark the words that go with a placeholder";
                    }
                    inGroup = false;
                }
                default -> {
                }
            }
        }
        return inGroup ? "a '[' without its ']'" : null;
    }

    /**
     * {@code text} with its placeholders replaced by {@code values}; a placeholder without a value
     * (absent, null or blank) takes its group with it, or outside a group just itself (and the
     * {@code @} before a handle). Unknown placeholders count as without a value.
     */
    static String fill(String text, Map<Placeholder, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('[', i);
            int plainEnd = open < 0 ? text.length() : open;
            expand(text, i, plainEnd, values, out);
            if (open < 0) {
                break;
            }
            int close = text.indexOf(']', open + 1);
            if (close < 0) {
                expand(text, open + 1, text.length(), values, out);
                break;
            }
            StringBuilder group = new StringBuilder();
            if (expand(text, open + 1, close, values, group)) {
                out.append(group);
            }
            i = close + 1;
        }
        return tidy(out.toString());
    }

    /**
     * Appends {@code text[from, to)} with its placeholders filled to {@code out}; returns false
     * when a placeholder had no value (left out, with an {@code @} right before it). Stray syntax
     * characters are dropped.
     */
    private static boolean expand(String text, int from, int to, Map<Placeholder, String> values, StringBuilder out) {
        boolean complete = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0 || close >= to) {
                    i++;
                    continue;
                }
                Placeholder placeholder = Placeholder.of(text.substring(i + 1, close));
                String value = placeholder == null ? null : clean(values.get(placeholder));
                if (value == null) {
                    complete = false;
                    if (out.length() > 0 && out.charAt(out.length() - 1) == '@') {
                        out.setLength(out.length() - 1);
                    }
                } else {
                    out.append(value);
                }
                i = close + 1;
            } else {
                if (c != '}' && c != '[' && c != ']') {
                    out.append(c);
                }
                i++;
            }
        }
        return complete;
    }

    /** The value as it goes into a reply, or null when there is none. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = WHITESPACE.matcher(SYNTAX_IN_VALUE.matcher(value).replaceAll("")).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Spaces and punctuation set right after parts were left out; a first letter in upper case. */
    private static String tidy(String text) {
        String tidied = SPACES.matcher(text).replaceAll(" ");
        tidied = SPACE_AROUND_NEWLINE.matcher(tidied).replaceAll("\n");
        tidied = EMPTY_PARENTHESES.matcher(tidied).replaceAll("");
        tidied = SPACE_BEFORE_PUNCTUATION.matcher(tidied).replaceAll("$1");
        tidied = COMMA_BEFORE_STOP.matcher(tidied).replaceAll("$1");
        tidied = LEADING_PUNCTUATION.matcher(tidied).replaceAll("");
        tidied = SPACES.matcher(tidied).replaceAll(" ").strip();
        if (!tidied.isEmpty() && Character.isLowerCase(tidied.codePointAt(0))) {
            int first = tidied.codePointAt(0);
            tidied = new String(Character.toChars(Character.toUpperCase(first))) + tidied.substring(Character.charCount(first));
        }
        return tidied;
    }
}

package webcare.source.feed;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plain text from the HTML that feeds put in descriptions and content: tags out, a line break for
 * each block, script and style left out, entities decoded. What the workbench reads and analyses
 * is the text; the markup stays in the mention's raw payload. One pass over the input, so a huge or
 * hostile description costs linear time.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div",
            "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol",
            "p", "pre", "section", "table", "td", "th", "tr", "ul");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("euro", "€"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("bull", "•"), Map.entry("middot", "·"));
    /** Longest entity looked at, {@code &#x10FFFF;} or {@code &hellip;} included. */
    private static final int LONGEST_ENTITY = 10;

    private HtmlText() {}

    /** True when the text has markup in it: a tag, a comment or an entity. */
    static boolean looksLikeHtml(String text) {
        for (int at = text.indexOf('<'); at >= 0 && at + 1 < text.length(); at = text.indexOf('<', at + 1)) {
            char next = text.charAt(at + 1);
            if (Character.isLetter(next) || next == '/' || next == '!') {
                return true;
            }
        }
        return text.contains("&") && !decode(text).equals(text);
    }

    /** The text people read in {@code html}. */
    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int next = -2; // the next '>' at or after 'at'; -1 when there is none; looked for again once passed
        int at = 0;
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c == '<' && next != -1 && next < at) {
                next = html.indexOf('>', at);
            }
            int end = c == '<' ? next : -1;
            if (end < 0 || !startsTag(html, at)) {
                text.append(c);
                at++;
            } else if (html.startsWith("<!--", at)) {
                int close = html.indexOf("-->", at + 4);
                at = close < 0 ? html.length() : close + 3;
            } else {
                boolean closing = html.charAt(at + 1) == '/';
                String tag = name(html, closing ? at + 2 : at + 1, end);
                if (BLOCKS.contains(tag)) {
                    text.append('\n');
                }
                at = !closing && SKIPPED.contains(tag) ? after(html, "</" + tag, end) : end + 1;
            }
        }
        return tidy(decode(text.toString()));
    }

    private static boolean startsTag(String html, int at) {
        if (at + 1 >= html.length()) {
            return false;
        }
        char next = html.charAt(at + 1);
        return Character.isLetter(next) || next == '!' || next == '/' && at + 2 < html.length()
                && Character.isLetter(html.charAt(at + 2));
    }

    private static String name(String html, int from, int end) {
        int to = from;
        while (to < end && Character.isLetterOrDigit(html.charAt(to))) {
            to++;
        }
        return html.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** Where the text goes on after the closing tag that starts with {@code closing}; the end when there is none. */
    private static int after(String html, String closing, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at, closing, 0, closing.length())) {
                int end = html.indexOf('>', at);
                return end < 0 ? html.length() : end + 1;
            }
        }
        return html.length();
    }

    /** Character and entity references decoded; unknown ones stay as they are. */
    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int at = 0;
        while (amp >= 0) {
            decoded.append(text, at, amp);
            int semicolon = text.indexOf(';', amp);
            String replacement = semicolon > amp && semicolon - amp <= LONGEST_ENTITY
                    ? entity(text.substring(amp + 1, semicolon)) : null;
            if (replacement == null) {
                decoded.append('&');
                at = amp + 1;
            } else {
                decoded.append(replacement);
                at = semicolon + 1;
            }
            amp = text.indexOf('&', at);
        }
        return decoded.append(text, at, text.length()).toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) && !(code >= 0xD800 && code <= 0xDFFF) && code != 0
                        ? Character.toString(code) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    /** Spaces collapsed, each line stripped, at most one empty line between paragraphs. */
    private static String tidy(String text) {
        StringBuilder tidy = new StringBuilder(text.length());
        int empty = 0;
        for (String line : text.replace('\u00a0', ' ').split("\r?\n|\r")) {
            String stripped = line.replaceAll("[ \\t\\f]+", " ").strip();
            if (stripped.isEmpty()) {
                empty++;
                continue;
            }
            if (tidy.length() > 0) {
                tidy.append(empty > 0 ? "\n\n" : "\n");
            }
            tidy.append(stripped);
            empty = 0;
        }
        return tidy.toString();
    }
}

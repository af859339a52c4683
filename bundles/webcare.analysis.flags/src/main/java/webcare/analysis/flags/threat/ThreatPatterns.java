package webcare.analysis.flags.threat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import webcare.files.ListFiles;
import webcare.analysis.flags.text.Tokens;

/**
 * Threat patterns over tokens (see the header of {@code threats-nl.txt} for the notation),
 * indexed by the words their first slot takes. Matching is bounded: a pattern has a fixed number
 * of slots and every gap a maximum, so the work per token is bounded whatever the text.
 */
final class ThreatPatterns {

    /** Category of the idioms that cancel a threat. */
    static final String NONE = "none";
    private static final Set<String> CATEGORIES = Set.of("violence", "death", "arson", "bomb", "stalking", "revenge", "sexual", NONE);
    private static final int MIN_PREFIX = 3;
    private static final int MAX_GAP = 6;

    /** One word position: words it takes, prefixes it takes, whether it may be left out. */
    record Slot(Set<String> words, List<String> prefixes, boolean optional) implements Element {
        boolean accepts(String word) {
            if (words.contains(word)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Words skipped between slots. */
    record Gap(int min, int max) implements Element {
    }

    sealed interface Element permits Slot, Gap {
    }

    record Pattern(String category, List<Element> elements, String place) {
    }

    /** A match: first and last token. */
    record Match(Pattern pattern, int first, int last) {
    }

    private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();
    private final List<Pattern> byPrefix = new ArrayList<>();

    static ThreatPatterns of(List<ListFiles.Line> lines, Consumer<String> problems) {
        ThreatPatterns patterns = new ThreatPatterns();
        Map<String, String> definitions = new HashMap<>();
        for (ListFiles.Line line : lines) {
            String problem = patterns.add(line, definitions);
            if (problem != null) {
                problems.accept(line.place() + ": " + problem + "; line skipped");
            }
        }
        return patterns;
    }

    private String add(ListFiles.Line line, Map<String, String> definitions) {
        String text = line.text();
        if (text.startsWith("@")) {
            int equals = text.indexOf('=');
            if (equals < 0) {
                return "a definition needs '=': @name = word|word";
            }
            String name = text.substring(0, equals).strip();
            String value = text.substring(equals + 1).strip();
            if (name.length() < 2 || value.isEmpty()) {
                return "a definition needs a name and words: @name = word|word";
            }
            definitions.put(name, value.toLowerCase(Locale.ROOT));
            return null;
        }
        String[] parts = text.split("\\s+");
        String category = parts[0].toLowerCase(Locale.ROOT);
        if (!CATEGORIES.contains(category)) {
            return "'" + parts[0] + "' is no category: use violence, death, arson, bomb, stalking, revenge, sexual or none";
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("[")) {
                Gap gap = gap(part);
                if (gap == null) {
                    return "'" + part + "' is no gap: write [n] or [m-n], at most " + MAX_GAP;
                }
                elements.add(gap);
                continue;
            }
            String expanded = expand(part, definitions);
            if (expanded == null) {
                return "'" + part + "' uses a name not defined above it";
            }
            Slot slot = slot(expanded);
            if (slot == null) {
                return "'" + part + "': words are letters (a * only at the end, after " + MIN_PREFIX + " letters)";
            }
            elements.add(slot);
        }
        if (elements.isEmpty() || !(elements.get(0) instanceof Slot first) || first.optional()
                || !(elements.get(elements.size() - 1) instanceof Slot)) {
            return "a pattern starts and ends with a word slot that must be there";
        }
        Pattern pattern = new Pattern(category, List.copyOf(elements), line.place());
        for (String word : first.words()) {
            byFirstWord.computeIfAbsent(word, key -> new ArrayList<>()).add(pattern);
        }
        if (!first.prefixes().isEmpty()) {
            byPrefix.add(pattern);
        }
        return null;
    }

    /** Replaces each {@code @name} alternative by its definition; null when a name is unknown. */
    private static String expand(String part, Map<String, String> definitions) {
        boolean optional = part.endsWith("?");
        String body = optional ? part.substring(0, part.length() - 1) : part;
        StringBuilder out = new StringBuilder();
        for (String alternative : body.split("\\|")) {
            String value = alternative;
            if (alternative.startsWith("@")) {
                value = definitions.get(alternative);
                if (value == null) {
                    return null;
                }
            }
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(value);
        }
        return optional ? out + "?" : out.toString();
    }

    private static Gap gap(String part) {
        if (!part.endsWith("]")) {
            return null;
        }
        String inside = part.substring(1, part.length() - 1);
        try {
            int dash = inside.indexOf('-');
            int min = Integer.parseInt(dash < 0 ? inside : inside.substring(0, dash));
            int max = Integer.parseInt(dash < 0 ? inside : inside.substring(dash + 1));
            return min >= 0 && max >= min && max <= MAX_GAP ? new Gap(min, max) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Slot slot(String part) {
        boolean optional = part.endsWith("?");
        String body = (optional ? part.substring(0, part.length() - 1) : part).toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String alternative : body.split("\\|")) {
            boolean prefix = alternative.endsWith("*");
            String word = prefix ? alternative.substring(0, alternative.length() - 1) : alternative;
            if (word.isEmpty() || prefix && word.length() < MIN_PREFIX || !isWord(word)) {
                return null;
            }
            if (prefix) {
                prefixes.add(word);
            } else {
                words.add(word);
            }
        }
        return new Slot(Set.copyOf(words), List.copyOf(prefixes), optional);
    }

    private static boolean isWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Every pattern match that starts at token {@code first}. */
    void matchesAt(Tokens tokens, int first, List<Match> out) {
        for (Pattern pattern : byFirstWord.getOrDefault(tokens.word(first), List.of())) {
            match(tokens, first, pattern, out);
        }
        for (Pattern pattern : byPrefix) {
            match(tokens, first, pattern, out);
        }
    }

    private static void match(Tokens tokens, int first, Pattern pattern, List<Match> out) {
        int last = end(tokens, pattern.elements(), 0, first, tokens.sentence(first));
        if (last >= 0) {
            out.add(new Match(pattern, first, last));
        }
    }

    /**
     * The last token of a match of {@code elements[from..]} starting at token {@code at}, or -1;
     * shortest gaps first. {@code at} may be one past the last token when nothing is left to match.
     */
    private static int end(Tokens tokens, List<Element> elements, int from, int at, int sentence) {
        if (from == elements.size()) {
            return at - 1;
        }
        Element element = elements.get(from);
        if (element instanceof Gap gap) {
            for (int skip = gap.min(); skip <= gap.max(); skip++) {
                int next = at + skip;
                if (next > tokens.size() || next > at && tokens.sentence(next - 1) != sentence) {
                    return -1;
                }
                int last = end(tokens, elements, from + 1, next, sentence);
                if (last >= 0) {
                    return last;
                }
            }
            return -1;
        }
        Slot slot = (Slot) element;
        if (at < tokens.size() && tokens.sentence(at) == sentence && slot.accepts(tokens.word(at))) {
            int last = end(tokens, elements, from + 1, at + 1, sentence);
            if (last >= 0) {
                return last;
            }
        }
        return slot.optional() ? end(tokens, elements, from + 1, at, sentence) : -1;
    }
}

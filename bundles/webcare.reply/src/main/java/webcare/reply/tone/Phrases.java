package webcare.reply.tone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import webcare.reply.api.ToneWarning.Issue;

/**
 * The listed phrases, each compiled once into a pattern and indexed by the first letters of its
 * first two words, so a check only tries the few phrases that can start at each word of the draft.
 * A phrase matches case-insensitively, whole words only, with any run of spaces or commas
 * between its words; a word ending in {@code *} takes any ending, {@code a|b} is either word,
 * {@code '} is either apostrophe, and the formal Dutch words (u, uw, heeft, bent, kunt, wilt, zult)
 * also match their informal forms, so "je hebt het mis" is caught by "u heeft het mis".
 * Immutable once built; safe to share between threads.
 */
final class Phrases {

    /** A phrase that matched: its issue and span. */
    record Match(Issue issue, int start, int end, String phrase) {
    }

    private record Compiled(Issue issue, String phrase, Pattern pattern) {
    }

    /** How many leading letters of the first word index a phrase. */
    private static final int HEAD = 3;
    private static final String SEPARATOR = "[\\s\\u00A0,]+";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final Map<String, List<String>> INFORMAL = Map.of(
            "u", List.of("je", "jij", "jou"),
            "uw", List.of("je", "jouw"),
            "uzelf", List.of("jezelf", "jijzelf"),
            "heeft", List.of("hebt", "heb"),
            "bent", List.of("ben"),
            "kunt", List.of("kan"),
            "wilt", List.of("wil"),
            "zult", List.of("zal"));

    /** Phrases by the head of their first word, then by the head of their second ("" for one word). */
    private final Map<String, Map<String, List<Compiled>>> byHeads = new HashMap<>();

    /** Adds {@code phrase} for {@code issue}; returns what is wrong with it, or null when it was added. */
    String add(Issue issue, String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder regex = new StringBuilder();
        Set<String> firstHeads = new LinkedHashSet<>();
        Set<String> secondHeads = new LinkedHashSet<>();
        for (int w = 0; w < words.length; w++) {
            List<String> alternatives = alternatives(words[w]);
            for (String alternative : alternatives) {
                String problem = check(alternative);
                if (problem != null) {
                    return problem;
                }
                if (w < 2) {
                    (w == 0 ? firstHeads : secondHeads).add(head(alternative, 0));
                }
            }
            if (w > 0) {
                regex.append(SEPARATOR);
            }
            regex.append("(?:");
            for (int a = 0; a < alternatives.size(); a++) {
                regex.append(a > 0 ? "|" : "").append(word(alternatives.get(a)));
            }
            regex.append(')');
        }
        regex.append(WORD_END);
        Compiled compiled = new Compiled(issue, String.join(" ", words),
                Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        if (secondHeads.isEmpty()) {
            secondHeads.add("");
        }
        for (String first : firstHeads) {
            Map<String, List<Compiled>> bySecond = byHeads.computeIfAbsent(first, key -> new HashMap<>());
            for (String second : secondHeads) {
                bySecond.computeIfAbsent(second, key -> new ArrayList<>()).add(compiled);
            }
        }
        return null;
    }

    private static List<String> alternatives(String word) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : word.split("\\|")) {
            if (alternative.isEmpty()) {
                continue;
            }
            alternatives.add(alternative);
            alternatives.addAll(INFORMAL.getOrDefault(alternative, List.of()));
        }
        return alternatives;
    }

    private static String check(String word) {
        String letters = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
        if (letters.isEmpty() || !Character.isLetterOrDigit(letters.codePointAt(0))) {
            return "'" + word + "': a word starts with a letter or digit";
        }
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '\'' && c != '’' && c != '-') {
                return "'" + word + "': only letters, digits, ' and - in a word (a * only at its end, | between alternatives)";
            }
        }
        return null;
    }

    /** The regular expression of one listed word. */
    private static String word(String word) {
        boolean anyEnding = word.endsWith("*");
        String letters = anyEnding ? word.substring(0, word.length() - 1) : word;
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c == '\'' || c == '’') {
                regex.append("['’]");
            } else if (c == '-') {
                regex.append("-?");
            } else {
                regex.append(c);
            }
        }
        return anyEnding ? regex.append("[\\p{L}\\p{N}]*").toString() : regex.toString();
    }

    /** The index key of the word starting at {@code start}: up to {@value #HEAD} of its leading letters and digits, lower case. */
    static String head(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && end - start < HEAD && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }

    /** Every phrase that matches at word start {@code start} of {@code text}, added to {@code found}. */
    void matchAt(String text, int start, List<Match> found) {
        Map<String, List<Compiled>> bySecond = byHeads.get(head(text, start));
        if (bySecond == null) {
            return;
        }
        tryAll(bySecond.get(""), text, start, found);
        int next = nextWord(text, start);
        if (next < text.length()) {
            tryAll(bySecond.get(head(text, next)), text, start, found);
        }
    }

    private static void tryAll(List<Compiled> candidates, String text, int start, List<Match> found) {
        if (candidates == null) {
            return;
        }
        for (Compiled candidate : candidates) {
            Matcher matcher = candidate.pattern().matcher(text).region(start, text.length());
            matcher.useTransparentBounds(true);
            if (matcher.lookingAt()) {
                found.add(new Match(candidate.issue(), start, matcher.end(), candidate.phrase()));
            }
        }
    }

    /** Where the word after the one at {@code start} begins, past the separators a phrase allows; the text's length when none. */
    private static int nextWord(String text, int start) {
        int i = start;
        while (i < text.length() && isInWord(text.charAt(i))) {
            i++;
        }
        int separators = i;
        while (i < text.length() && isSeparator(text.charAt(i))) {
            i++;
        }
        return i == separators ? text.length() : i;
    }

    private static boolean isInWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == ',';
    }
}

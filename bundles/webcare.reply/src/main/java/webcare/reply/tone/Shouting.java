package webcare.reply.tone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import webcare.reply.api.ToneWarning;
import webcare.reply.api.ToneWarning.Issue;

/**
 * Shouting: words of {@value #MIN_LETTERS} or more letters all in capitals (acronyms excepted,
 * words with digits are codes), a draft mostly in capitals (one warning for the whole draft
 * instead of one per word), and runs of two or more exclamation marks. One pass, no regular
 * expressions.
 */
final class Shouting {

    static final int MIN_LETTERS = 4;
    /** Fewer cased letters than this are too few to call a whole draft shouting. */
    static final int MIN_LETTERS_FOR_WHOLE = 12;
    /** Share of capitals among the cased letters of non-acronym words above which the whole draft shouts. */
    static final double WHOLE_SHARE = 0.7;

    private Shouting() {
    }

    /** Adds the shouting in {@code text} to {@code warnings}, in no particular order. */
    static void find(String text, ToneRules rules, List<ToneWarning> warnings) {
        List<ToneWarning> words = new ArrayList<>();
        int cased = 0;
        int capitals = 0;
        int runStart = -1;
        int runEnd = -1;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                int upper = 0;
                int lower = 0;
                boolean digit = false;
                while (i < text.length() && Character.isLetterOrDigit(c = text.codePointAt(i))) {
                    upper += Character.isUpperCase(c) ? 1 : 0;
                    lower += Character.isLowerCase(c) ? 1 : 0;
                    digit |= Character.isDigit(c);
                    i += Character.charCount(c);
                }
                if (digit || lower == 0 && rules.isAcronym(text.substring(start, i).toUpperCase(Locale.ROOT))) {
                    continue;
                }
                cased += upper + lower;
                capitals += upper;
                if (lower == 0 && upper >= MIN_LETTERS) {
                    if (runStart < 0 || !text.substring(runEnd, start).isBlank()) {
                        addRun(text, runStart, runEnd, words);
                        runStart = start;
                    }
                    runEnd = i;
                }
            } else if (isExclamation(c) || isQuestion(c)) {
                i = exclamations(text, i, warnings);
            } else {
                i += Character.charCount(c);
            }
        }
        addRun(text, runStart, runEnd, words);
        if (cased >= MIN_LETTERS_FOR_WHOLE && capitals >= WHOLE_SHARE * cased) {
            warnings.add(new ToneWarning(Issue.SHOUTING, 0, 0, ""));
        } else {
            warnings.addAll(words);
        }
    }

    private static void addRun(String text, int start, int end, List<ToneWarning> words) {
        if (start >= 0) {
            words.add(new ToneWarning(Issue.SHOUTING, start, end, text.substring(start, end)));
        }
    }

    /** A run of ! and ? from {@code i}: a warning when it holds two or more !; returns the index after it. */
    private static int exclamations(String text, int i, List<ToneWarning> warnings) {
        int start = i;
        int marks = 0;
        while (i < text.length() && (isExclamation(text.charAt(i)) || isQuestion(text.charAt(i)))) {
            marks += isExclamation(text.charAt(i)) ? 1 : 0;
            i++;
        }
        if (marks >= 2) {
            warnings.add(new ToneWarning(Issue.SHOUTING, start, i, text.substring(start, i)));
        }
        return i;
    }

    private static boolean isExclamation(int c) {
        return c == '!' || c == '！';
    }

    private static boolean isQuestion(int c) {
        return c == '?' || c == '？';
    }
}

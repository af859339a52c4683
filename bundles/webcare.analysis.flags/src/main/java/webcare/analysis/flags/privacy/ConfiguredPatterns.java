package webcare.analysis.flags.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import webcare.analysis.api.FlagType;

/**
 * A team's own order and customer numbers, as regular expressions from
 * {@code etc/webcare.analysis.flags.cfg}. A pattern that does not compile is reported and
 * left out, the others still apply. A team's pattern may backtrack badly; each run gets a budget
 * of character reads in proportion to the text, and a pattern that exceeds it finds nothing in
 * that text instead of holding up the analysis.
 */
final class ConfiguredPatterns implements Recogniser {

    static final int RANK = 1;
    /** Character reads per text character a pattern may spend, plus a fixed allowance. */
    private static final int READS_PER_CHAR = 200;
    private static final int READS_BASE = 20_000;

    /**
     * @param literal characters every match starts with (after a leading {@code \\b}), so a text
     *                without them is skipped without running the pattern; empty when unknown
     */
    private record Named(Pattern pattern, String detail, String literal) {
    }

    private final List<Named> patterns;

    private ConfiguredPatterns(List<Named> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static final ConfiguredPatterns NONE = new ConfiguredPatterns(List.of());

    /**
     * @param key      the configuration key, for messages ({@code orderNumberPatterns})
     * @param values   its values; each may hold several patterns separated by white space
     * @param what     what the patterns find, for the flag's detail ({@code "order number"})
     * @param problems receives one line per pattern that does not compile
     */
    ConfiguredPatterns with(String key, String[] values, String what, Consumer<String> problems) {
        List<Named> all = new ArrayList<>(patterns);
        int number = 0;
        for (String value : values == null ? new String[0] : values) {
            for (String regex : value.strip().split("\\s+")) {
                if (regex.isEmpty()) {
                    continue;
                }
                number++;
                try {
                    all.add(new Named(Pattern.compile(regex), what + " (" + key + " #" + number + ")", literalStart(regex)));
                } catch (PatternSyntaxException e) {
                    problems.accept("etc/" + PrivateDataDetector.PID + ".cfg: " + key + ": pattern " + number + " '"
                            + regex + "' is not a regular expression (" + e.getDescription() + " at index "
                            + e.getIndex() + "); it is ignored, fix or remove it");
                }
            }
        }
        return new ConfiguredPatterns(all);
    }

    /**
     * The plain characters a regex's every match starts with: after an optional {@code \\b} or
     * {@code ^}, letters, digits, {@code -} and {@code _} up to the first special character, less
     * the last one when a quantifier follows it. Empty for a pattern with alternatives or flags.
     */
    static String literalStart(String regex) {
        if (regex.contains("|") || regex.startsWith("(?")) {
            return "";
        }
        int i = regex.startsWith("\\b") ? 2 : regex.startsWith("^") ? 1 : 0;
        StringBuilder literal = new StringBuilder();
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                literal.append(c);
                i++;
            } else {
                break;
            }
        }
        if (i < regex.length() && "?*{".indexOf(regex.charAt(i)) >= 0 && literal.length() > 0) {
            literal.setLength(literal.length() - 1);
        }
        return literal.toString();
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    @Override
    public void find(String text, List<Candidate> found) {
        for (Named named : patterns) {
            if (!named.literal().isEmpty() && !text.contains(named.literal())) {
                continue;
            }
            Matcher matcher = named.pattern().matcher(new BudgetedText(text, READS_BASE + READS_PER_CHAR * (long) text.length()));
            try {
                while (matcher.find()) {
                    if (matcher.end() > matcher.start()) {
                        found.add(new Candidate(FlagType.ORDER_NUMBER, matcher.start(), matcher.end(), named.detail(), RANK));
                    }
                }
            } catch (BudgetedText.Exhausted e) {
                // the pattern backtracks catastrophically on this text: what it found so far stands
            }
        }
    }

    /** The text, counting reads; past the budget every read throws. */
    private static final class BudgetedText implements CharSequence {

        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }

        private final String text;
        private long budget;

        BudgetedText(String text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}

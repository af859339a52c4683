package webcare.analysis.flags.privacy;

/**
 * Whether a candidate span stands on its own or is part of a longer code: an order number, a
 * tracking code, a timestamp. A digit or letter right beside it, or a joiner ({@code - _ /}, and
 * {@code . : ,} before a digit) leading on to more of the code, makes it part of something longer.
 */
final class Boundaries {

    private Boundaries() {
    }

    static boolean isolated(String text, int start, int end) {
        return freeBefore(text, start) && freeAfter(text, end);
    }

    static boolean freeBefore(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        if (Character.isLetterOrDigit(before) || before == '+') {
            return false;
        }
        if (start < 2) {
            return true;
        }
        char beyond = text.charAt(start - 2);
        return switch (before) {
            case '-', '_', '/' -> !Character.isLetterOrDigit(beyond);
            case '.', ':', ',' -> !Character.isDigit(beyond);
            default -> true;
        };
    }

    static boolean freeAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char after = text.charAt(end);
        if (Character.isLetterOrDigit(after)) {
            return false;
        }
        if (end + 1 >= text.length()) {
            return true;
        }
        char beyond = text.charAt(end + 1);
        return switch (after) {
            case '-', '_', '/' -> !Character.isLetterOrDigit(beyond);
            case '.', ':', ',' -> !Character.isDigit(beyond);
            default -> true;
        };
    }

    /**
     * Where the nearest of {@code cues} (lower case) starts within {@code reach} characters before
     * {@code start}, as a distance back from {@code start}; {@link Integer#MAX_VALUE} when none does.
     */
    static int cueDistance(String text, int start, int reach, String... cues) {
        int from = Math.max(0, start - reach);
        String window = text.substring(from, start).toLowerCase(java.util.Locale.ROOT);
        int nearest = Integer.MAX_VALUE;
        for (String cue : cues) {
            int at = window.lastIndexOf(cue);
            if (at >= 0) {
                nearest = Math.min(nearest, window.length() - at);
            }
        }
        return nearest;
    }
}

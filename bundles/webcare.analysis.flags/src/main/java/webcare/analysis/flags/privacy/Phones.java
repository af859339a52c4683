package webcare.analysis.flags.privacy;

import java.util.ArrayList;
import java.util.List;
import webcare.analysis.api.FlagType;

/**
 * Phone numbers. Dutch ones written nationally (10 digits from a 0: {@code 06-12345678},
 * {@code 020 123 4567}, {@code (020) 123 45 67}) or internationally ({@code +31 6 12345678},
 * {@code 0031 20 1234567}, {@code +31 (0)6 …}), and other countries' with a {@code +} and
 * 8–15 digits ({@code +44 20 7946 0958}, {@code +1 (555) 123-4567}). A run of digits, spaces,
 * hyphens and parentheses is read in space-separated chunks and the longest chunk range that is a
 * valid number is taken; digits joined to more digits or letters (an order number, a tracking
 * code, a date) never are. Service numbers (0800, 0900, 0906, 0909) belong to companies.
 */
final class Phones implements Recogniser {

    static final int RANK = 2;
    /** Longer than any phone number with its separators; keeps the scan short on digit walls. */
    private static final int MAX_SCAN = 32;

    @Override
    public void find(String text, List<Candidate> found) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!(c == '+' || c == '(' || isDigit(c))) {
                i++;
                continue;
            }
            if (!Boundaries.freeBefore(text, i)) {
                i = skipRun(text, i);
                continue;
            }
            List<int[]> chunks = chunks(text, i);
            int end = chunks.isEmpty() ? i + 1 : chunks.get(chunks.size() - 1)[1];
            Candidate phone = longestValid(text, chunks);
            if (phone != null) {
                found.add(phone);
                end = phone.end();
            }
            i = Math.max(end, i + 1);
        }
    }

    private static int skipRun(String text, int i) {
        int j = i;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '+')) {
            j++;
        }
        return Math.max(j, i + 1);
    }

    /** Space-separated chunks of digits, hyphens and parentheses from {@code start}, each as {start, end}. */
    private static List<int[]> chunks(String text, int start) {
        List<int[]> chunks = new ArrayList<>(4);
        int limit = Math.min(text.length(), start + MAX_SCAN);
        int chunkStart = start;
        int i = start;
        while (i < limit) {
            char c = text.charAt(i);
            if (isDigit(c) || c == '(' || c == ')' || c == '+' && i == start) {
                i++;
            } else if (c == '-' && i > chunkStart && i + 1 < limit && (isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '(')) {
                i++;
            } else if (c == ' ' && i > chunkStart && i + 1 < limit
                    && (isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '(')) {
                chunks.add(new int[] {chunkStart, i});
                i++;
                chunkStart = i;
            } else {
                break;
            }
        }
        if (i > chunkStart) {
            chunks.add(new int[] {chunkStart, i});
        }
        return chunks;
    }

    private static Candidate longestValid(String text, List<int[]> chunks) {
        for (int first = 0; first < chunks.size(); first++) {
            for (int last = chunks.size() - 1; last >= first; last--) {
                int start = chunks.get(first)[0];
                int end = chunks.get(last)[1];
                String detail = kind(text.substring(start, end));
                if (detail != null && Boundaries.isolated(text, start, end) && !Ibans.insideIbanShape(text, start)) {
                    return new Candidate(FlagType.PHONE, start, end, detail, RANK);
                }
            }
        }
        return null;
    }

    /** What kind of phone number {@code candidate} is, or null when it is none. */
    static String kind(String candidate) {
        if (!parenthesesPlausible(candidate)) {
            return null;
        }
        String written = candidate.replace("(0)", "");
        boolean plus = written.startsWith("+");
        String digits = digits(written);
        boolean separated = candidate.indexOf(' ') >= 0 || candidate.indexOf('-') >= 0;
        if (plus || digits.startsWith("00")) {
            String international = plus ? digits : digits.substring(2);
            if (international.startsWith("31")) {
                String national = international.substring(2);
                return national.length() == 9 && national.charAt(0) != '0' ? "phone number, Dutch, international form" : null;
            }
            boolean plausible = international.length() >= 8 && international.length() <= 15
                    && international.charAt(0) != '0' && (plus || separated);
            return plausible ? "phone number, international" : null;
        }
        if (digits.length() != 10 || digits.charAt(0) != '0' || digits.charAt(1) == '0'
                || digits.startsWith("0800") || digits.startsWith("090")) {
            return null;
        }
        int firstGroup = firstGroupLength(candidate);
        if (!(firstGroup >= 2 && firstGroup <= 4 || firstGroup == 10)) {
            return null;
        }
        return digits.startsWith("06") ? "phone number, Dutch mobile" : "phone number, Dutch";
    }

    /** At most one pair, opening before its digits: (020) 123 45 67, +31 (0)6…, +1 (555) 123-4567. */
    private static boolean parenthesesPlausible(String candidate) {
        int open = candidate.indexOf('(');
        int close = candidate.indexOf(')');
        if (open < 0 && close < 0) {
            return true;
        }
        return open >= 0 && close > open + 1 && candidate.indexOf('(', open + 1) < 0
                && candidate.indexOf(')', close + 1) < 0 && !candidate.endsWith(")");
    }

    private static int firstGroupLength(String candidate) {
        int count = 0;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (isDigit(c)) {
                count++;
            } else if (c != '(' || count > 0) {
                break;
            }
        }
        return count;
    }

    private static String digits(String written) {
        StringBuilder digits = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            if (isDigit(written.charAt(i))) {
                digits.append(written.charAt(i));
            }
        }
        return digits.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

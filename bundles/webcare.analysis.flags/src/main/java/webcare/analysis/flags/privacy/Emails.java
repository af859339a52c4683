package webcare.analysis.flags.privacy;

import java.util.List;
import webcare.analysis.api.FlagType;

/**
 * E-mail addresses, found from each {@code @}: a local part before it, a domain with a dot and a
 * top-level label of at least two letters after it. {@code mailto:} and HTML around the address
 * stay outside the span; a handle like {@code @webcare} has no local part and is no address.
 */
final class Emails implements Recogniser {

    static final int RANK = 0;

    @Override
    public void find(String text, List<Candidate> found) {
        int searchFrom = 0;
        int at;
        while ((at = text.indexOf('@', searchFrom)) >= 0) {
            searchFrom = at + 1;
            int start = at;
            while (start > 0 && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < text.length() && isDomainChar(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (start < at && validDomain(text, at + 1, end)) {
                found.add(new Candidate(FlagType.EMAIL, start, end, "e-mail address", RANK));
                searchFrom = end;
            }
        }
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    private static boolean validDomain(String text, int start, int end) {
        int lastDot = text.lastIndexOf('.', end - 1);
        if (lastDot <= start || end - lastDot - 1 < 2 || text.indexOf("..", start) >= 0 && text.indexOf("..", start) < end) {
            return false;
        }
        for (int i = lastDot + 1; i < end; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

package webcare.analysis.flags.privacy;

import java.util.List;
import webcare.analysis.api.FlagType;

/**
 * Dutch citizen service numbers (BSN): exactly nine digits on their own that pass the
 * 11-check (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11). Order, invoice and tracking numbers
 * that happen to pass are left alone when such a word stands just before them; nine digits from
 * a 6 (a mobile number without its 0) count only when the text names a BSN before them.
 */
final class Bsns implements Recogniser {

    static final int RANK = 4;
    private static final int CUE_REACH = 40;
    private static final String[] BSN_CUES = {"bsn", "burgerservice", "sofi"};
    private static final String[] OTHER_NUMBER_CUES = {"order", "bestel", "factuur", "invoice", "klantn", "klant nr",
        "tracking", "track", "zending", "pakket", "referentie", "reference", "ref", "dossier", "ticket", "case", "tel",
        "bel ", "mobiel", "phone", "call"};

    @Override
    public void find(String text, List<Candidate> found) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start == 9 && Boundaries.isolated(text, start, i) && elevenCheck(text, start)
                    && plausible(text, start)) {
                found.add(new Candidate(FlagType.BSN, start, i, "BSN, 11-check valid", RANK));
            }
        }
    }

    /** The nearest cue decides: "BSN" makes it one, "order", "factuur", "tel" make it something else. */
    private static boolean plausible(String text, int start) {
        int named = Boundaries.cueDistance(text, start, CUE_REACH, BSN_CUES);
        int other = Boundaries.cueDistance(text, start, CUE_REACH, OTHER_NUMBER_CUES);
        if (named < other) {
            return true;
        }
        return other == Integer.MAX_VALUE && text.charAt(start) != '6';
    }

    static boolean elevenCheck(String text, int start) {
        int sum = 0;
        boolean allZero = true;
        for (int k = 0; k < 9; k++) {
            int digit = text.charAt(start + k) - '0';
            allZero &= digit == 0;
            sum += k < 8 ? (9 - k) * digit : -digit;
        }
        return !allZero && sum % 11 == 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

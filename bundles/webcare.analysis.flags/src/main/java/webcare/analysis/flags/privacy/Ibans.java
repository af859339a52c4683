package webcare.analysis.flags.privacy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import webcare.analysis.api.FlagType;

/**
 * IBANs of any country in the IBAN registry: country code, check digits and the country's
 * length of characters, spaces between groups allowed, upper or lower case. Only an IBAN whose
 * ISO 13616 mod-97 checksum is valid is flagged: a mistyped one is no account anyone can use.
 */
final class Ibans implements Recogniser {

    static final int RANK = 1;

    /** Total IBAN length per country (SWIFT IBAN registry). */
    private static final Map<String, Integer> LENGTHS = lengths(
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 "
            + "DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 "
            + "IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 "
            + "MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 "
            + "SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30");

    private static Map<String, Integer> lengths(String table) {
        Map<String, Integer> lengths = new HashMap<>();
        for (String entry : table.split(" ")) {
            lengths.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
        return Map.copyOf(lengths);
    }

    @Override
    public void find(String text, List<Candidate> found) {
        int length = text.length();
        for (int i = 0; i + 4 <= length; i++) {
            if (!isAsciiLetter(text.charAt(i)) || !isAsciiLetter(text.charAt(i + 1))
                    || !isDigit(text.charAt(i + 2)) || !isDigit(text.charAt(i + 3))
                    || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            String country = new String(new char[] {upper(text.charAt(i)), upper(text.charAt(i + 1))});
            Integer expected = LENGTHS.get(country);
            if (expected == null) {
                continue;
            }
            int end = scan(text, i, expected);
            if (end > 0 && Boundaries.freeAfter(text, end) && checksumValid(text, i, end)) {
                found.add(new Candidate(FlagType.IBAN, i, end, "IBAN " + country + ", checksum valid", RANK));
                i = end - 1;
            }
        }
    }

    /** The end of {@code expected} alphanumerics from {@code start}, single spaces allowed between; -1 if fewer. */
    private static int scan(String text, int start, int expected) {
        int count = 0;
        int i = start;
        while (i < text.length() && count < expected) {
            char c = text.charAt(i);
            if (isAsciiLetter(c) || isDigit(c)) {
                count++;
                i++;
            } else if (c == ' ' && count >= 4 && i + 1 < text.length() && isAsciiAlnum(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return count == expected ? i : -1;
    }

    /**
     * True when {@code start} lies inside something written like an IBAN (country, check digits,
     * groups of four) that is not a valid one: its digit groups are no phone number either.
     */
    static boolean insideIbanShape(String text, int start) {
        int i = start;
        for (int groups = 0; groups < 8 && i >= 2 && text.charAt(i - 1) == ' ' && isAsciiAlnum(text.charAt(i - 2)); groups++) {
            int groupStart = i - 1;
            while (groupStart > 0 && isAsciiAlnum(text.charAt(groupStart - 1))) {
                groupStart--;
            }
            i = groupStart;
            if (i + 4 <= text.length() && isAsciiLetter(text.charAt(i)) && isAsciiLetter(text.charAt(i + 1))
                    && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
                    && LENGTHS.containsKey(text.substring(i, i + 2).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** ISO 13616: move the first four characters to the end, letters as 10..35, the number mod 97 is 1. */
    static boolean checksumValid(String text, int start, int end) {
        StringBuilder iban = new StringBuilder(34);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                iban.append(Character.toUpperCase(c));
            }
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (isDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return remainder == 1;
    }

    private static char upper(char c) {
        return c >= 'a' ? (char) (c - ('a' - 'A')) : c;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }
}

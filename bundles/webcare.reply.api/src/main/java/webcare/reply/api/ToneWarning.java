package webcare.reply.api;

import java.util.Objects;

/**
 * Something in a draft reply to think twice about, with the text that caused it.
 *
 * @param issue   what kind of problem
 * @param start   first character of the matched text in the draft (UTF-16 index, inclusive);
 *                0 for a warning about the whole draft
 * @param end     end of the matched text (exclusive); 0 for a warning about the whole draft
 * @param matched the matched words as they stand in the draft (a private-data match is given by its
 *                kind, e.g. "IBAN", never repeated); empty for a warning about the whole draft
 */
public record ToneWarning(Issue issue, int start, int end, String matched) {

    /** What a warning is about; a composer names each in its own words. */
    public enum Issue {
        /** Words or the whole text in capitals, or runs of exclamation marks. */
        SHOUTING,
        /** Putting the fault on the customer ("dat had u zelf moeten…", "you should have…"). */
        BLAME,
        /** Irony that reads as mockery ("nou, fijn voor u", "thanks for nothing"). */
        SARCASM,
        /** Defending instead of helping ("u heeft het mis", "dat is niet ons probleem", "you are wrong"). */
        DEFENSIVE,
        /** A discount, refund or compensation offered before anyone has looked into the case. */
        REFLEX_COMPENSATION,
        /** A phone number, e-mail address, IBAN, BSN, address or order number in a public reply. */
        PRIVATE_DATA,
        /** The team member marked themselves upset and answers a hostile message soon after it came: let a colleague take it. */
        UPSET_AGENT
    }

    public ToneWarning {
        Objects.requireNonNull(issue, "issue");
        matched = matched == null ? "" : matched;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}

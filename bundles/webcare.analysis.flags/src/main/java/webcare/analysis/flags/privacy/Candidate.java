package webcare.analysis.flags.privacy;

import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagType;

/**
 * A span one recogniser found. Overlaps are settled by {@code rank} (lower wins): an e-mail
 * address is never also a phone number, a configured order number is never also a BSN.
 */
record Candidate(FlagType type, int start, int end, String detail, int rank) {

    Flag flag() {
        return new Flag(type, start, end, detail);
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}

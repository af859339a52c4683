package webcare.analysis.api;

/**
 * A span of text of a {@link FlagType}: characters {@code start} (inclusive) to {@code end}
 * (exclusive), UTF-16 indexes into the analysed text.
 *
 * @param detail what was recognised, for people, without repeating private data, e.g.
 *               {@code "IBAN, checksum valid"} or {@code "insult 'idioot'"}
 */
public record Flag(FlagType type, int start, int end, String detail) {

    public Flag {
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        detail = detail == null ? "" : detail;
    }
}

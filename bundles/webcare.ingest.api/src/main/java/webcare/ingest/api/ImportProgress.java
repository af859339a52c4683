package webcare.ingest.api;

/**
 * How far an import is: {@code bytesRead} of the file's {@code bytesTotal} (its size when the
 * import started), {@code linesRead} (the number of the last line read) and how many of them were
 * {@code bad}.
 */
public record ImportProgress(long bytesRead, long bytesTotal, long linesRead, long bad) {

    /** The part of the file read, 0 to 100; 100 for an empty file. */
    public int percent() {
        return bytesTotal <= 0 ? 100 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }
}

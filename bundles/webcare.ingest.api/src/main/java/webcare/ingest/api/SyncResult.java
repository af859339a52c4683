package webcare.ingest.api;

/**
 * What one sync pass of one instance did: {@code added}, {@code edited} and {@code unchanged}
 * mentions over its pages, and how it ended ({@code state}, with {@code message} when not OK).
 */
public record SyncResult(String type, String instance, int pages, int added, int edited, int unchanged,
        SourceState state, String message) {

    public boolean failed() {
        return state != SourceState.OK;
    }
}

package webcare.diagnostics.api;

/**
 * One bundle. {@code healthy} is true for an active bundle and for a resolved fragment (fragments
 * are never active). {@code problem} is one line saying why an unhealthy bundle is not running,
 * or empty.
 */
public record BundleStatus(long id, String symbolicName, String version, String state, boolean fragment,
        boolean healthy, String problem) {}

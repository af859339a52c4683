package webcare.diagnostics.api;

/** A component of {@code bundle} named {@code component} that is not running, and why (one line). */
public record ComponentProblem(String bundle, String component, String problem) {}

package webcare.diagnostics.api;

/**
 * Something wrong in a configuration file: {@code file} is the {@code etc/*.cfg} path, {@code key}
 * the setting (empty when the whole file is concerned), {@code problem} one line saying what to do.
 */
public record ConfigurationProblem(String file, String key, String problem) {}

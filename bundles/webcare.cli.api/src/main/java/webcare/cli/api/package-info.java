/**
 * Headless commands. A command is a Gogo command service in scope {@code webcare}: annotate the
 * component with {@link webcare.cli.api.WebcareCommand}, describe each function with Gogo's
 * {@code @Descriptor}, print results to {@code System.out}, and end with one of the exceptions
 * here to set the exit status (returning normally means 0).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.cli.api;

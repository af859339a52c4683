/**
 * Writing files whole or not at all: {@link WholeFile} writes beside the target and moves the
 * result into place, so a crash, a full disk or a failing writer never leaves half a file under
 * the real name; {@link ListFiles} reads the line-based lists bundles ship and teams extend in
 * {@code etc/}. Only JDK dependencies.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package webcare.files;

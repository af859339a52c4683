package webcare.incident.api;

import org.osgi.annotation.versioning.ProviderType;

/** Makes detectors: with the settings of {@code etc/webcare.incident.cfg}, or with others. Thread-safe. */
@ProviderType
public interface DetectorFactory {

    /** The configured settings ({@link DetectorSettings#DEFAULTS} where the file says nothing). */
    DetectorSettings settings();

    /** A new detector that has seen nothing yet. */
    Detector create(DetectorSettings settings);
}

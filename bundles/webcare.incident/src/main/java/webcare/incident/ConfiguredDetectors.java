package webcare.incident;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import webcare.incident.api.Detector;
import webcare.incident.api.DetectorFactory;
import webcare.incident.api.DetectorSettings;
import webcare.incident.detect.RhythmDetector;

/**
 * Detectors with the settings of {@code etc/webcare.incident.cfg} (optional). A bad value fails
 * this component alone, with the key and the file named, as the Diagnostics view shows it.
 */
@Component(service = DetectorFactory.class, configurationPid = IncidentSettings.PID)
@Designate(ocd = IncidentSettings.class)
public final class ConfiguredDetectors implements DetectorFactory {

    private final DetectorSettings settings;

    @Activate
    public ConfiguredDetectors(IncidentSettings config) {
        this.settings = settings(config);
    }

    static DetectorSettings settings(IncidentSettings config) {
        ZoneId zone;
        try {
            zone = ZoneId.of(config.zone().strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(IncidentSettings.PID + ": zone '" + config.zone()
                    + "' is no time zone (e.g. Europe/Amsterdam); fix etc/" + IncidentSettings.PID + ".cfg", e);
        }
        try {
            return new DetectorSettings(config.sensitivity(), config.bucketMinutes(), config.windowMinutes(),
                    config.minimumCount(), config.minimumRise(), config.learningHours(), config.adaptHours(),
                    config.latenessMinutes(), config.futureMinutes(), config.calmMinutes(), zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(IncidentSettings.PID + ": " + e.getMessage() + "; fix etc/"
                    + IncidentSettings.PID + ".cfg", e);
        }
    }

    @Override
    public DetectorSettings settings() {
        return settings;
    }

    @Override
    public Detector create(DetectorSettings settings) {
        return new RhythmDetector(settings);
    }
}

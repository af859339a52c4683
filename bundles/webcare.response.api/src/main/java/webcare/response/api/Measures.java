package webcare.response.api;

import java.time.Duration;
import java.util.Optional;

/**
 * The incident's times, as the evaluation names them: from the onset to detection, from detection
 * to acknowledgement, to the first public update and to resolution; empty while it has not happened.
 */
public record Measures(Duration toDetect, Optional<Duration> toAcknowledge, Optional<Duration> toFirstUpdate,
        Optional<Duration> toResolve) {}

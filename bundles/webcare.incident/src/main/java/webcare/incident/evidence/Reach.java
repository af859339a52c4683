package webcare.incident.evidence;

import webcare.incident.api.Observation;

/** What one mention adds to amplification: {@code log10(1 + followers)}, so reach counts by orders of magnitude. */
public final class Reach {

    private Reach() {}

    public static double of(Observation observation) {
        return Math.log10(1 + observation.followers());
    }
}

package webcare.incident.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import webcare.incident.api.Detector;
import webcare.incident.api.Observation;
import webcare.incident.api.Signal;

/** Mentions played through a detector as a replay does it: the clock to each mention's time, then the mention. */
public final class Replay {

    private Replay() {}

    /** Plays {@code mentions} in their order, then moves the clock to {@code end}; returns every signal raised. */
    public static List<Signal> play(Detector detector, List<Observation> mentions, Instant end) {
        List<Signal> signals = new ArrayList<>();
        for (Observation mention : mentions) {
            signals.addAll(detector.advanceTo(mention.created()));
            detector.accept(mention);
        }
        signals.addAll(detector.advanceTo(end));
        return signals;
    }
}

package webcare.incident;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The keys of {@code etc/webcare.incident.cfg} (all optional; docs/DETECTION.md explains each). */
@ObjectClassDefinition(id = IncidentSettings.PID, name = "Crisis detection",
        description = "How sensitive the crisis detector is, how it counts and how long it learns")
public @interface IncidentSettings {

    String PID = "webcare.incident";

    @AttributeDefinition(name = "Sensitivity", required = false, min = "0.01",
            description = "How easily a rise is raised: 2 raises on weaker evidence, 0.5 only on stronger")
    double sensitivity() default 1.0;

    @AttributeDefinition(name = "Bucket minutes", required = false, min = "1", max = "60",
            description = "Minutes per bucket mentions are counted in; must divide 60")
    int bucketMinutes() default 5;

    @AttributeDefinition(name = "Window minutes", required = false, min = "1",
            description = "The longest window a rise is measured over; a multiple of the bucket minutes")
    int windowMinutes() default 15;

    @AttributeDefinition(name = "Minimum count", required = false, min = "1",
            description = "The fewest mentions (negative ones, for negative volume) a window needs to raise anything")
    int minimumCount() default 10;

    @AttributeDefinition(name = "Minimum rise", required = false, min = "1",
            description = "How many times normal a window must be, with certainty, to raise")
    double minimumRise() default 2;

    @AttributeDefinition(name = "Learning hours", required = false, min = "0",
            description = "Hours a stream is watched before it may raise: its daily rhythm is learnt from them")
    int learningHours() default 24;

    @AttributeDefinition(name = "Adapt hours", required = false, min = "0.1",
            description = "Half-life of the stream's level: growth that lasts this long becomes about half normal")
    double adaptHours() default 3;

    @AttributeDefinition(name = "Lateness minutes", required = false, min = "0",
            description = "How far behind a mention may arrive and still count in its own bucket")
    int latenessMinutes() default 10;

    @AttributeDefinition(name = "Future minutes", required = false, min = "0",
            description = "How far ahead of the clock a mention may be before it counts as clock skew")
    int futureMinutes() default 5;

    @AttributeDefinition(name = "Calm minutes", required = false, min = "1",
            description = "How long a raised metric must stay calm before it may raise again")
    int calmMinutes() default 60;

    @AttributeDefinition(name = "Time zone", required = false,
            description = "The time zone whose local time the daily and weekly rhythm follows")
    String zone() default "Europe/Amsterdam";
}

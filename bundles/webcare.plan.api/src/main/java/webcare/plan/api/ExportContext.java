package webcare.plan.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What a document says about where its plan came from and how to write it.
 *
 * @param version     the approved version exported; null for the working plan
 * @param language    the language of headings and labels (Dutch or English)
 * @param zone        the zone local times are shown in (Europe/Amsterdam)
 * @param generatedAt when the document was made, printed on it
 */
public record ExportContext(Integer version, Locale language, ZoneId zone, Instant generatedAt) {

    /**
     * The zone of the plan's local times (review dates, the 10:00 review session, "generated at"):
     * the organisations are Dutch, wherever the workbench or a headless command runs.
     */
    public static final ZoneId PLAN_ZONE = ZoneId.of("Europe/Amsterdam");

    public ExportContext {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}

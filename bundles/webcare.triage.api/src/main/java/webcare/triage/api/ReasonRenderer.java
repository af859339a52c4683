package webcare.triage.api;

import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/** Writes reasons and decisions for people. Thread-safe. */
@ProviderType
public interface ReasonRenderer {

    /**
     * A reason as one plain sentence: what was seen, an arrow, the decision, e.g. "contains an IBAN
     * at characters 35–52 → hide and explain". Character positions are shown counted from 1,
     * both ends included.
     *
     * @param language Dutch when its language is {@code nl}, English for any other
     * @throws IllegalArgumentException for a rule id it has no text for
     */
    String render(Reason reason, Locale language);

    /** The decision in a few words ("hide and explain", "verbergen en uitleggen"). */
    String decision(Decision decision, Locale language);
}

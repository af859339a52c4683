package webcare.model.plan;

import java.util.Objects;

/**
 * One entry of the organisation's fact sheet, used to correct misinformation.
 *
 * @param id    stable id
 * @param topic what it is about, e.g. "Opening hours"
 * @param text  the fact as it may be quoted
 */
public record Fact(String id, String topic, String text) {

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
    }
}

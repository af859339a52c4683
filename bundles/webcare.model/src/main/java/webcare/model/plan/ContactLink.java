package webcare.model.plan;

import java.util.List;
import java.util.Objects;

/**
 * One branch of the contact tree: when the plan is activated, {@code person} calls {@code calls}.
 *
 * @param person person id of who calls
 * @param calls  person ids of whom, in order
 */
public record ContactLink(String person, List<String> calls) {

    public ContactLink {
        Objects.requireNonNull(person, "person");
        calls = List.copyOf(calls);
    }
}

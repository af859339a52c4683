package webcare.notify.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A message for one person: {@code about} names what it concerns ("incident/12/task/facts/due"),
 * so that the same notice is stored and sent once however often it is given; {@code recipient}
 * is the person's id in the crisis plan; without an {@code address} it is shown in the workbench only.
 */
public record Notice(String about, String recipient, String recipientName, Optional<String> address, String subject,
        String body) {

    public Notice {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}

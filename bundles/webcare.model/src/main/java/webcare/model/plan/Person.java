package webcare.model.plan;

import java.util.List;
import java.util.Objects;

/**
 * Someone the plan names.
 *
 * @param id           stable id, unique in the plan (made from the name by the editor; never typed)
 * @param name         full name
 * @param function     job title; null when not given
 * @param phone        the number to call first, as written (e.g. "+31 6 1234 5678"); null when missing
 * @param otherPhones  further numbers to try, in order
 * @param email        e-mail address; null when missing
 * @param languages    languages this person speaks for the organisation, as ISO 639-1 codes ("nl", "en")
 * @param availability notes such as "not on Wednesdays" or "on call first week of the month"; null when none
 */
public record Person(String id, String name, String function, String phone, List<String> otherPhones, String email,
        List<String> languages, String availability) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        otherPhones = List.copyOf(otherPhones);
        languages = List.copyOf(languages);
    }
}

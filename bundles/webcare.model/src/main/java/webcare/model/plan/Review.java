package webcare.model.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An approved annual review of the plan: who took part, what was confirmed, changed or flagged.
 *
 * @param date              the day of the review session
 * @param approvedBy        person id of who approved the plan
 * @param participants      person ids of who took part
 * @param confirmedContacts person ids whose contact details were confirmed
 * @param items             the outcome per item walked through, in the order discussed
 */
public record Review(LocalDate date, String approvedBy, List<String> participants, List<String> confirmedContacts,
        List<ReviewItem> items) {

    public Review {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(approvedBy, "approvedBy");
        participants = List.copyOf(participants);
        confirmedContacts = List.copyOf(confirmedContacts);
        items = List.copyOf(items);
    }
}

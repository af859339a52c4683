package webcare.model;

/**
 * Who wrote a mention, as the platform says. Every field may be null except none is required:
 * review sites often give only a display name. {@code followers} is the platform's reach figure
 * (followers, friends, number of reviews written), null when unknown.
 */
public record Author(String id, String handle, String name, Long followers, String profileUrl) {

    /** The best name to show people: the display name, else the handle, else the id. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return handle != null && !handle.isBlank() ? handle : id;
    }
}

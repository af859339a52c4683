package webcare.triage.rules;

import java.util.List;

/**
 * Other authors who raised the same subject as an item within the window, outside its thread.
 *
 * @param authors how many distinct other authors
 * @param shared  the content words they share with the item, at most a few
 */
public record Echoes(int authors, List<String> shared) {

    public static final Echoes NONE = new Echoes(0, List.of());
}

package webcare.triage.api;

import java.util.List;
import java.util.Objects;
import webcare.analysis.api.FlagType;
import webcare.analysis.api.ReachTier;

/**
 * One piece of what a rule saw. Character positions are UTF-16 indexes into the mention's text:
 * {@code start} inclusive, {@code end} exclusive.
 */
public sealed interface Evidence {

    /** A flagged span, named by its type only (private data is never repeated). */
    record Flagged(FlagType type, int start, int end) implements Evidence {
        public Flagged {
            Objects.requireNonNull(type, "type");
        }
    }

    /** Words of the text, quoted. */
    record Quote(String text, int start, int end) implements Evidence {
        public Quote {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Several pieces of one kind, named together ("a, b and c"). */
    record Listed(List<Evidence> items) implements Evidence {
        public Listed {
            items = List.copyOf(items);
        }
    }

    /** A whole number: authors, hours, a star rating. */
    record Count(long value) implements Evidence {}

    /** {@code part} of {@code whole} items. */
    record Share(int part, int whole) implements Evidence {}

    /** The author's reach tier. */
    record Reach(ReachTier tier) implements Evidence {
        public Reach {
            Objects.requireNonNull(tier, "tier");
        }
    }

    /** A sentiment score, −1 to 1. */
    record Score(double value) implements Evidence {}

    /** A fact of the plan's fact sheet. */
    record FactRef(String id, String topic, String text) implements Evidence {
        public FactRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Words not tied to one place, such as the subject items share. */
    record Words(List<String> words) implements Evidence {
        public Words {
            words = List.copyOf(words);
        }
    }
}

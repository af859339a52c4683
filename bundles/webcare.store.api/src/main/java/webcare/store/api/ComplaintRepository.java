package webcare.store.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The negative items of a period, read for theme analysis: triaged mentions whose polarity is
 * {@code NEGATIVE}, and reviews of one or two stars whatever their text said. Read as a stream,
 * newest first, up to a cap, so a busy period never loads all its rows at once. Mentions not yet
 * triaged are left out (background triage reaches them within seconds).
 */
@ProviderType
public interface ComplaintRepository {

    /** The highest star rating that counts as a complaint. */
    int LOW_RATING = 2;

    /**
     * One negative item.
     *
     * @param lang the language triage detected ({@code nl}, {@code en}, {@code unknown})
     * @param text the whole text, as stored
     */
    record Complaint(long mentionId, Instant created, String source, String lang, String text) {

        public Complaint {
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Hands the negative items created in [{@code from}, {@code to}) to {@code sink}, newest first,
     * at most {@code limit} of them, on the calling thread while the transaction is open.
     *
     * @param source only this source ({@code twitter}, {@code google}, …); null for all
     * @return how many were handed over
     */
    int complaints(Transaction tx, Instant from, Instant to, String source, int limit, Consumer<Complaint> sink)
            throws StoreException;

    /** The sources that have triaged items, in alphabetical order. */
    List<String> sources(Transaction tx) throws StoreException;
}

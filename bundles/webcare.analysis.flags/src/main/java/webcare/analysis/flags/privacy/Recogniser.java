package webcare.analysis.flags.privacy;

import java.util.List;

/** Finds one kind of private data in a text; stateless and thread-safe. */
interface Recogniser {

    /** Adds what it finds in {@code text} to {@code found}. */
    void find(String text, List<Candidate> found);
}

package webcare.analysis.api;

/**
 * Tells which language a text is written in. The service with the highest ranking is used.
 */
public interface LanguageDetector {

    /** BCP 47 code for Dutch. */
    String DUTCH = "nl";
    /** BCP 47 code for English. */
    String ENGLISH = "en";
    /** Neither Dutch nor English, or too little text to tell. */
    String UNKNOWN = "unknown";

    /**
     * @param text    the mention's text (may be empty)
     * @param claimed the language the platform reported, or null; a hint, not the answer
     * @return {@link #DUTCH}, {@link #ENGLISH} or {@link #UNKNOWN}
     */
    String detect(String text, String claimed);
}

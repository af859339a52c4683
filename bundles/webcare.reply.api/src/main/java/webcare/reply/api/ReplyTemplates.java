package webcare.reply.api;

import java.util.List;
import webcare.triage.api.Decision;

/** The team's ready-made answers: built-in ones, replaced or extended by the team's own. */
public interface ReplyTemplates {

    /**
     * The templates that fit {@code decision} in {@code lang} in the order of their
     * {@link ReplyTemplate.Purpose}; a language without templates gets the English ones.
     */
    List<ReplyTemplate> forDecision(Decision decision, String lang);

    /**
     * The template's text with its placeholders filled. A placeholder without a value is left
     * out with the words that only make sense with it (no "Hallo ," and no "{name}" in a reply);
     * the result has no doubled spaces and no space before punctuation.
     */
    String fill(ReplyTemplate template, ReplyFields fields);
}

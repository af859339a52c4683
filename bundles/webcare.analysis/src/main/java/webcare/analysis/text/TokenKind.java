package webcare.analysis.text;

/** What a {@link Token} is; decides which analyser looks at it. */
public enum TokenKind {
    /** Letters (and digits) with inner apostrophes or hyphens: {@code don't}, {@code auto's}, {@code tip-top}. */
    WORD,
    /** Digits only, with inner {@code .} or {@code ,}. */
    NUMBER,
    /** {@code #word}; the norm is the word without {@code #}. */
    HASHTAG,
    /** {@code @name}; the norm is {@code @user}, as in the training data. */
    MENTION,
    /** {@code http…} or {@code www.…}; the norm is {@code <url>}. */
    URL,
    /** A known emoticon such as {@code :-)} or {@code <3}; the norm keeps its case. */
    EMOTICON,
    /** One emoji (with its modifiers and joiners); the norm drops variation selectors and skin tones. */
    EMOJI,
    /** One of {@code . , ; : ! ?}. */
    PUNCT
}

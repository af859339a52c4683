package webcare.ui.inbox.model;

import java.util.Map;
import java.util.OptionalInt;

/**
 * How long an answer may be on each platform, counted as people count characters (code points:
 * an emoji is one). Platforms without a limit that matters for an answer have none here.
 */
public final class ReplyLength {

    /** X counts 280; the other platforms take far longer answers than webcare writes. */
    private static final Map<String, Integer> LIMITS = Map.of("twitter", 280);

    private ReplyLength() {}

    /** The limit for answers on {@code source}; empty when there is none to show. */
    public static OptionalInt limit(String source) {
        Integer limit = source == null ? null : LIMITS.get(source);
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    public static int count(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether {@code text} is too long for {@code source}. */
    public static boolean tooLong(String text, String source) {
        OptionalInt limit = limit(source);
        return limit.isPresent() && count(text) > limit.getAsInt();
    }
}

package webcare.reply.api;

/**
 * The values for a template's placeholders; any may be null or blank when unknown.
 *
 * @param name    the author's display name ({@code {name}})
 * @param handle  the author's handle without {@code @} ({@code {handle}})
 * @param agent   the first name the answering team member signs with ({@code {agent}})
 * @param channel the private channel to continue in, in the reply's language, e.g. "een DM" or
 *                "webcare@example.nl" ({@code {channel}}); null means the configured default
 */
public record ReplyFields(String name, String handle, String agent, String channel) {}

/**
 * Writing an answer to a mention: ready-made {@link webcare.reply.api.ReplyTemplate}s per triage
 * decision and language ({@link webcare.reply.api.ReplyTemplates}), and a
 * {@link webcare.reply.api.ToneCheck} that warns, with the words that caused it, before a reply
 * goes out. Both are services a team can replace; neither sends anything (publishing is the
 * connectors' {@code webcare.source.api.Publisher}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package webcare.reply.api;

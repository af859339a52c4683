package webcare.reply;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Keys of {@code etc/webcare.reply.cfg}, shared by the templates and the tone check (one file for
 * the composer's settings). {@code channel_nl} is read from the key {@code channel.nl}.
 */
@ObjectClassDefinition(id = ReplySettings.PID, name = "Reply composer",
        description = "The default private channel per language and when an upset team member is told to let a colleague answer")
public @interface ReplySettings {

    String PID = "webcare.reply";

    @AttributeDefinition(name = "Private channel (Dutch)", required = false,
            description = "What {channel} becomes in a Dutch reply when the composer gives none, e.g. een DM or webcare@example.nl")
    String channel_nl() default "een DM";

    @AttributeDefinition(name = "Private channel (English)", required = false,
            description = "What {channel} becomes in an English reply when the composer gives none, e.g. a DM or webcare@example.com")
    String channel_en() default "a DM";

    @AttributeDefinition(name = "Upset agent window (minutes)", required = false, min = "0",
            description = "An upset team member answering a hostile message posted less than this many minutes ago is warned to let a colleague take it")
    int upsetAgentMinutes() default 60;
}

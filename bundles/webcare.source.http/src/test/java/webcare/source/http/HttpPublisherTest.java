package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webcare.model.MentionKind;
import webcare.source.api.HideRequest;
import webcare.source.api.PublishOutcome;
import webcare.source.api.ReplyRequest;

class HttpPublisherTest {

    private static final ReplyRequest REPLY = new ReplyRequest("1", null, MentionKind.POST, "Thanks");
    private static final HideRequest HIDE = new HideRequest("1", null, MentionKind.POST);

    @interface Sample {
        int pollSeconds() default 60;
    }

    /** Replies when its setting allows, hides nothing, and records what reached it. */
    private static final class ReplyOnly extends HttpPublisher {
        final List<String> published = new ArrayList<>();
        private final boolean configured;

        ReplyOnly(Map<String, ?> properties, boolean configured) {
            super("sample", properties, Sample.class);
            this.configured = configured;
        }

        @Override
        protected PublishOutcome.Unsupported replyProblem() {
            return configured ? null : new PublishOutcome.Unsupported("put a token as 'token' in " + configFile());
        }

        @Override
        protected PublishOutcome.Unsupported hideProblem() {
            return new PublishOutcome.Unsupported("sample hides nothing");
        }

        @Override
        protected PublishOutcome replyConfigured(ReplyRequest request) {
            published.add(request.text());
            return new PublishOutcome.Published("2", null, Instant.EPOCH);
        }
    }

    @Test
    void publishesOnlyWhatItsSettingsAllowAndSaysWhyNot() throws Exception {
        ReplyOnly publisher = new ReplyOnly(Configurations.properties("webcare.source.sample", "brand"), true);

        assertThat(publisher.cannotReply()).isEmpty();
        assertThat(publisher.reply(REPLY)).isInstanceOf(PublishOutcome.Published.class);
        assertThat(publisher.cannotHide()).contains(new PublishOutcome.Unsupported("sample hides nothing"));
        assertThat(publisher.hide(HIDE)).isEqualTo(new PublishOutcome.Unsupported("sample hides nothing"));
        assertThat(publisher.published).containsExactly("Thanks");
        assertThat(publisher.type()).isEqualTo("sample");
        assertThat(publisher.instance()).isEqualTo("brand");
    }

    @Test
    void aMissingSettingStopsTheReplyBeforeItIsSent() throws Exception {
        ReplyOnly publisher = new ReplyOnly(Configurations.properties("webcare.source.sample", "brand"), false);

        assertThat(publisher.reply(REPLY)).isEqualTo(new PublishOutcome.Unsupported(
                "put a token as 'token' in etc/webcare.source.sample-brand.cfg"));
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void aFileWithoutAnInstanceNameOrWithAValueOfTheWrongTypeCanDoNothing() throws Exception {
        ReplyOnly unnamed = new ReplyOnly(Map.of("service.pid", "webcare.source.sample",
                "felix.fileinstall.filename", "file:/home/care/.webcare/etc/webcare.source.sample.cfg"), true);
        Map<String, Object> wrongType = new HashMap<>(Configurations.properties("webcare.source.sample", "brand"));
        wrongType.put("pollSeconds", "often");
        ReplyOnly mistyped = new ReplyOnly(wrongType, true);

        assertThat(unnamed.reply(REPLY)).isEqualTo(new PublishOutcome.Unsupported("etc/webcare.source.sample.cfg: "
                + "a source instance file needs a name after a dash: rename it to webcare.source.sample-<name>.cfg"));
        assertThat(mistyped.cannotReply()).contains(new PublishOutcome.Unsupported(
                "'pollSeconds' in etc/webcare.source.sample-brand.cfg must be a whole number"));
        assertThat(mistyped.cannotHide()).isEqualTo(mistyped.cannotReply());
        assertThat(unnamed.published).isEmpty();
        assertThat(mistyped.published).isEmpty();
    }

    @Test
    void requestsNeedAnItemAndText() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReplyRequest("1", null, MentionKind.POST, " "))
                .withMessage("text is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HideRequest("", null, MentionKind.POST))
                .withMessage("externalId is required");
    }
}

package webcare.source.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import webcare.model.MentionKind;
import webcare.source.api.HideRequest;
import webcare.source.api.PublishOutcome;
import webcare.source.api.Publisher;
import webcare.source.api.ReplyRequest;
import webcare.source.api.SourceCapabilities;
import webcare.source.http.HttpPublisher;
import webcare.source.http.PlatformClient;
import webcare.source.http.PublishClient;
import webcare.source.http.QueryString;
import webcare.source.http.Settings;

/**
 * Replies to posts, comments and reviews of one Facebook page, and hides comments on it, through
 * the Graph API with the page access token of {@code etc/webcare.source.facebook-NAME.cfg} (which
 * then needs {@code pages_manage_engagement}). Registered beside the instance's {@link FacebookSource}.
 */
@Component(service = Publisher.class, configurationPid = FacebookSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@SourceCapabilities(type = FacebookSource.TYPE, canReply = true, canHide = true, hasRatings = true)
public final class FacebookPublisher extends HttpPublisher {

    /** The permission replying and hiding need beside those for reading. */
    static final String PERMISSION = "pages_manage_engagement";
    /** How {@link GraphMentions} names a rating without a review story: there is nothing to comment on. */
    private static final String RATING_WITHOUT_STORY = "rating_";

    private final String token;
    private final URI base;
    private final Clock clock;
    private final PublishClient client;

    @Activate
    public FacebookPublisher(FacebookSource.Config config, Map<String, Object> properties) {
        this(Settings.lenient(FacebookSource.Config.class, config, properties), properties,
                PlatformClient.defaultHttpClient(), Clock.systemUTC(), PlatformClient.REQUEST_TIMEOUT);
    }

    /** As DS does it, with the HTTP client, clock and request timeout given (tests use short ones). */
    FacebookPublisher(FacebookSource.Config config, Map<String, ?> properties, HttpClient http, Clock clock,
            Duration timeout) {
        super(FacebookSource.TYPE, properties, FacebookSource.Config.class);
        this.token = Settings.text(config.token());
        this.base = Settings.baseUrl(config.baseUrl());
        this.clock = clock;
        this.client = new PublishClient("Facebook", configFile(), http, clock, timeout, List.of(token));
    }

    @Override
    protected PublishOutcome.Unsupported replyProblem() {
        return unsupported(Settings.check(configFile())
                .holds(!token.isEmpty(), "token", "no page access token: put one with " + PERMISSION
                        + " as 'token' in " + configFile())
                .holds(base != null, "baseUrl", "'baseUrl' must be an http or https address: correct it in "
                        + configFile())
                .problem());
    }

    @Override
    protected PublishOutcome.Unsupported hideProblem() {
        return replyProblem();
    }

    /** {@code POST /{object-id}/comments} with {@code message}: a comment on a post or review story, a reply to a comment. */
    @Override
    protected PublishOutcome replyConfigured(ReplyRequest request) throws InterruptedException {
        if (request.kind() == MentionKind.REVIEW && request.externalId().startsWith(RATING_WITHOUT_STORY)) {
            return new PublishOutcome.Unsupported("Facebook gives this rating no review story to comment on: "
                    + "answer it on the page itself");
        }
        URI uri = URI.create(base + "/" + QueryString.encode(request.externalId()) + "/comments");
        return client.send("POST", uri, credential(), PublishClient.Payload.form(Map.of("message", request.text())),
                new Answers() {
                    @Override
                    public PublishOutcome accepted(int status, JsonNode json, Instant answered) {
                        String id = GraphMentions.text(json, "id");
                        return id == null ? client.unexpected(status, "no id of the comment")
                                : new PublishOutcome.Published(id, null, answered);
                    }
                });
    }

    /** {@code POST /{comment-id}} with {@code is_hidden=true}; Graph hides comments, not posts or ratings. */
    @Override
    protected PublishOutcome hideConfigured(HideRequest request) throws InterruptedException {
        if (request.kind() != MentionKind.COMMENT) {
            return new PublishOutcome.Unsupported("Facebook hides comments only, not a " + request.kind().id()
                    + ": report it on Facebook if it breaks the Community Standards");
        }
        URI uri = URI.create(base + "/" + QueryString.encode(request.externalId()));
        return client.send("POST", uri, credential(), PublishClient.Payload.form(Map.of("is_hidden", "true")),
                new Answers() {
                    @Override
                    public PublishOutcome accepted(int status, JsonNode json, Instant answered) {
                        return json.path("success").asBoolean(false)
                                ? new PublishOutcome.Published(request.externalId(), null, answered)
                                : client.unexpected(status, "no word of success");
                    }
                });
    }

    private PublishClient.Credential credential() {
        return new PublishClient.Credential("token", token);
    }

    @Override
    public String toString() {
        return "FacebookPublisher[" + instance() + "]";
    }

    /** Graph's errors, the same for every action. */
    private abstract class Answers implements PublishClient.Reading {

        @Override
        public PublishOutcome refused(int status, JsonNode json, HttpHeaders headers) {
            JsonNode error = json.path("error");
            int code = error.path("code").asInt(0);
            int subcode = error.path("error_subcode").asInt(0);
            String words = GraphErrors.redact(client.quote(error.path("message").asText("")));
            String what = GraphErrors.what(code, subcode, words);
            if (GraphErrors.tokenInvalid(code)) {
                return client.refused(credential(), status, "it is expired or revoked (" + what + ")");
            }
            if (GraphErrors.permissionMissing(code)) {
                return client.refused(credential(), status, "it needs the " + PERMISSION + " permission (" + what
                        + ")");
            }
            if (GraphErrors.throttled(code)) {
                long minutes = GraphErrors.regainMinutes(headers);
                return client.throttled(clock.instant().plus(minutes > 0 ? Duration.ofMinutes(minutes)
                        : FacebookSource.DEFAULT_THROTTLE), what);
            }
            if (error.path("is_transient").asBoolean(false)) {
                return new PublishOutcome.Unavailable("Facebook could not do it now (" + what
                        + "); nothing was published, try again later", false);
            }
            return error.isObject() ? client.rejected(status, what) : client.rejected(status, "");
        }
    }
}

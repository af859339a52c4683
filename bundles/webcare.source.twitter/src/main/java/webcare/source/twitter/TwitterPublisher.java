package webcare.source.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Replies and hides replies on X for one {@code etc/webcare.source.twitter-NAME.cfg}, through X API
 * v2 with the organisation's user access token ({@code userToken}): X takes neither with the app-only
 * bearer token its source reads with. Registered beside the instance's {@link TwitterSource}.
 */
@Component(service = Publisher.class, configurationPid = TwitterSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@SourceCapabilities(type = TwitterSource.TYPE, canReply = true, canHide = true)
public final class TwitterPublisher extends HttpPublisher {

    static final String POSTS_PATH = "/2/tweets";
    /** X's problem types that mean the token may not do this, as opposed to a refusal of the post. */
    private static final Set<String> AUTH_PROBLEMS = Set.of("unsupported-authentication", "client-forbidden",
            "not-authorized-for-resource");

    private final String userToken;
    private final URI base;
    private final PublishClient client;

    @Activate
    public TwitterPublisher(TwitterSource.Config config, Map<String, Object> properties) {
        this(Settings.lenient(TwitterSource.Config.class, config, properties), properties,
                PlatformClient.defaultHttpClient(), Clock.systemUTC(), PlatformClient.REQUEST_TIMEOUT);
    }

    /** As DS does it, with the HTTP client, clock and request timeout given (tests use short ones). */
    TwitterPublisher(TwitterSource.Config config, Map<String, ?> properties, HttpClient http, Clock clock,
            Duration timeout) {
        super(TwitterSource.TYPE, properties, TwitterSource.Config.class);
        this.userToken = Settings.text(config.userToken());
        this.base = Settings.baseUrl(config.baseUrl());
        this.client = new PublishClient("X", configFile(), http, clock, timeout,
                List.of(userToken, Settings.text(config.token())));
    }

    @Override
    protected PublishOutcome.Unsupported replyProblem() {
        return unsupported(Settings.check(configFile())
                .holds(!userToken.isEmpty(), "userToken", "X takes replies and hides only in the name of the "
                        + "organisation's account: put its OAuth 2.0 user access token (scopes tweet.write and "
                        + "tweet.moderate.write) as 'userToken' in " + configFile())
                .holds(base != null, "baseUrl", "'baseUrl' must be an http or https address: correct it in "
                        + configFile())
                .problem());
    }

    @Override
    protected PublishOutcome.Unsupported hideProblem() {
        return replyProblem();
    }

    /** {@code POST /2/tweets} with the text and the post it answers. */
    @Override
    protected PublishOutcome replyConfigured(ReplyRequest request) throws InterruptedException {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("text", request.text());
        body.putObject("reply").put("in_reply_to_tweet_id", request.externalId());
        return client.send("POST", URI.create(base + POSTS_PATH), credential(), PublishClient.Payload.json(body),
                new Answers("tweet.write") {
                    @Override
                    public PublishOutcome accepted(int status, JsonNode json, Instant answered) {
                        String id = TwitterSource.text(json.path("data"), "id");
                        if (id == null) {
                            return refusedIn200(status, json, "no id of the reply");
                        }
                        return new PublishOutcome.Published(id, URI.create("https://x.com/i/web/status/" + id),
                                answered);
                    }
                });
    }

    /**
     * {@code PUT /2/tweets/{id}/hidden}. X hides replies to the account's own posts only: a post that
     * answers nothing is refused here, and a reply in someone else's conversation by X.
     */
    @Override
    protected PublishOutcome hideConfigured(HideRequest request) throws InterruptedException {
        if (request.kind() != MentionKind.REPLY) {
            return new PublishOutcome.Unsupported("X hides only replies to the organisation's own posts, and this "
                    + request.kind().id() + " answers none: report it on X if it breaks X's rules");
        }
        URI uri = URI.create(base + POSTS_PATH + "/" + QueryString.encode(request.externalId()) + "/hidden");
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("hidden", true);
        return client.send("PUT", uri, credential(), PublishClient.Payload.json(body),
                new Answers("tweet.moderate.write") {
                    @Override
                    public PublishOutcome accepted(int status, JsonNode json, Instant answered) {
                        if (!json.path("data").path("hidden").asBoolean(false)) {
                            return refusedIn200(status, json, "no word that the reply is hidden");
                        }
                        return new PublishOutcome.Published(request.externalId(), null, answered);
                    }
                });
    }

    private PublishClient.Credential credential() {
        return new PublishClient.Credential("userToken", userToken);
    }

    @Override
    public String toString() {
        return "TwitterPublisher[" + instance() + "]";
    }

    /** X's answers to one action, whose token needs {@code scope}. */
    private abstract class Answers implements PublishClient.Reading {
        private final String scope;

        Answers(String scope) {
            this.scope = scope;
        }

        /**
         * A 403 is the token's when X names an authentication problem (an app-only token, an app
         * without access); otherwise X refuses this post: a duplicate, a conversation closed to us.
         */
        @Override
        public PublishOutcome refused(int status, JsonNode json, HttpHeaders headers) {
            Problems problems = Problems.of(json);
            String type = problems.type().substring(problems.type().lastIndexOf('/') + 1);
            if (status == 403 && AUTH_PROBLEMS.contains(type)) {
                return client.refused(credential(), status, "it must be a user access token with the " + scope
                        + " scope (X: " + client.quote(problems.message()) + ")");
            }
            return client.rejected(status, problems.message());
        }

        /** A 2xx without what it should hold: X's errors when it names some (nothing was done), else unknown. */
        PublishOutcome refusedIn200(int status, JsonNode json, String missing) {
            Problems problems = Problems.of(json);
            return problems.message().isEmpty() ? client.unexpected(status, missing)
                    : client.rejected(status, problems.message());
        }
    }
}

package webcare.source.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import webcare.source.api.PublishOutcome;
import webcare.source.api.Publisher;
import webcare.source.api.ReplyRequest;
import webcare.source.api.SourceCapabilities;
import webcare.source.http.HttpPublisher;
import webcare.source.http.JsonFields;
import webcare.source.http.PlatformClient;
import webcare.source.http.PublishClient;
import webcare.source.http.QueryString;
import webcare.source.http.Settings;

/**
 * The business's reply to reviews of one Trustpilot business unit, on the private API
 * ({@code POST /v1/private/reviews/{id}/reply}) with a business user's access token ({@code token})
 * in the name of that user ({@code authorBusinessUserId}); the API key alone reads only. Reviews
 * cannot be hidden. Registered beside the instance's {@link TrustpilotReviewsSource}.
 */
@Component(service = Publisher.class, configurationPid = TrustpilotReviewsSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@SourceCapabilities(type = TrustpilotReviewsSource.TYPE, canReply = true, hasRatings = true)
public final class TrustpilotPublisher extends HttpPublisher {

    private final String token;
    private final String author;
    private final URI base;
    private final PublishClient client;

    @Activate
    public TrustpilotPublisher(TrustpilotReviewsSource.Config config, Map<String, Object> properties) {
        this(Settings.lenient(TrustpilotReviewsSource.Config.class, config, properties), properties,
                PlatformClient.defaultHttpClient(), Clock.systemUTC(), PlatformClient.REQUEST_TIMEOUT);
    }

    /** As DS does it, with the HTTP client, clock and request timeout given (tests use short ones). */
    TrustpilotPublisher(TrustpilotReviewsSource.Config config, Map<String, ?> properties, HttpClient http,
            Clock clock, Duration timeout) {
        super(TrustpilotReviewsSource.TYPE, properties, TrustpilotReviewsSource.Config.class);
        this.token = Settings.text(config.token());
        this.author = Settings.text(config.authorBusinessUserId());
        this.base = Settings.baseUrl(config.baseUrl());
        this.client = new PublishClient("Trustpilot", configFile(), http, clock, timeout,
                List.of(token, Settings.text(config.apiKey())));
    }

    @Override
    protected PublishOutcome.Unsupported replyProblem() {
        return unsupported(Settings.check(configFile())
                .holds(!token.isEmpty(), "token", "Trustpilot takes replies only with a business user's access "
                        + "token (the API key reads only): put one as 'token' in " + configFile())
                .required("authorBusinessUserId", author, "the id of the business user replies are posted as")
                .webAddress("baseUrl", base, TrustpilotReviewsSource.DEFAULT_BASE_URL)
                .problem());
    }

    @Override
    protected PublishOutcome.Unsupported hideProblem() {
        return new PublishOutcome.Unsupported("Trustpilot does not let a business hide reviews: flag one that "
                + "breaks its guidelines in Trustpilot Business (Reviews, Report)");
    }

    /**
     * {@code POST /v1/private/reviews/{id}/reply} with {@code {"authorBusinessUserId", "message"}}; the
     * reply is named as the source names it ({@code <reviewId>/reply}). The 201 may come without a
     * body; a {@code reply.createdAt} in it is taken as the time.
     */
    @Override
    protected PublishOutcome replyConfigured(ReplyRequest request) throws InterruptedException {
        if (request.kind() != MentionKind.REVIEW) {
            return new PublishOutcome.Unsupported("Trustpilot takes one reply per review, from the business: "
                    + "answer the review itself");
        }
        URI uri = URI.create(base + "/v1/private/reviews/" + QueryString.encode(request.externalId()) + "/reply");
        JsonNode body = JsonNodeFactory.instance.objectNode().put("authorBusinessUserId", author)
                .put("message", request.text());
        PublishClient.Credential credential = new PublishClient.Credential("token", token);
        return client.send("POST", uri, credential, PublishClient.Payload.json(body), new PublishClient.Reading() {
            @Override
            public PublishOutcome accepted(int status, JsonNode json, Instant answered) {
                Instant created = JsonFields.time(json.path("reply"), "createdAt");
                return new PublishOutcome.Published(request.externalId() + "/reply", null,
                        created != null ? created : answered);
            }

            @Override
            public PublishOutcome refused(int status, JsonNode json, HttpHeaders headers) {
                String words = JsonFields.text(json, "message");
                if (status == 403) {
                    return client.refused(credential, status, "its business user may not reply for this business "
                            + "unit" + (words == null ? "" : " (Trustpilot: " + client.quote(words) + ")"));
                }
                return client.rejected(status, words);
            }
        });
    }

    @Override
    public String toString() {
        return "TrustpilotPublisher[" + instance() + "]";
    }
}

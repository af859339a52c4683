package webcare.source.google;

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
 * The owner's reply to reviews of one Google Business Profile location
 * ({@code PUT /v4/accounts/{a}/locations/{l}/reviews/{id}/reply}), with the access token of
 * {@code etc/webcare.source.google-NAME.cfg}. Google keeps one reply per review: a second one
 * replaces the first, so sending again is harmless. Reviews cannot be hidden. Registered beside
 * the instance's {@link GoogleReviewsSource}.
 */
@Component(service = Publisher.class, configurationPid = GoogleReviewsSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@SourceCapabilities(type = GoogleReviewsSource.TYPE, canReply = true, hasRatings = true)
public final class GooglePublisher extends HttpPublisher {

    private final String token;
    private final String account;
    private final String location;
    private final URI base;
    private final PublishClient client;

    @Activate
    public GooglePublisher(GoogleReviewsSource.Config config, Map<String, Object> properties) {
        this(Settings.lenient(GoogleReviewsSource.Config.class, config, properties), properties,
                PlatformClient.defaultHttpClient(), Clock.systemUTC(), PlatformClient.REQUEST_TIMEOUT);
    }

    /** As DS does it, with the HTTP client, clock and request timeout given (tests use short ones). */
    GooglePublisher(GoogleReviewsSource.Config config, Map<String, ?> properties, HttpClient http, Clock clock,
            Duration timeout) {
        super(GoogleReviewsSource.TYPE, properties, GoogleReviewsSource.Config.class);
        this.token = Settings.text(config.token());
        this.account = GoogleReviewsSource.id(config.account(), "accounts/");
        this.location = GoogleReviewsSource.id(config.location(), "locations/");
        this.base = Settings.baseUrl(config.baseUrl());
        this.client = new PublishClient("Google", configFile(), http, clock, timeout, List.of(token));
    }

    @Override
    protected PublishOutcome.Unsupported replyProblem() {
        return unsupported(Settings.check(configFile())
                .required("token", token, "a Business Profile access token with the business.manage scope")
                .required("account", account, "the account id")
                .required("location", location, "the location id")
                .webAddress("baseUrl", base, GoogleReviewsSource.DEFAULT_BASE_URL)
                .problem());
    }

    @Override
    protected PublishOutcome.Unsupported hideProblem() {
        return new PublishOutcome.Unsupported("Google does not let a business hide reviews: report one that breaks "
                + "Google's policies in the Business Profile (Reviews, Report review)");
    }

    /**
     * {@code PUT …/reviews/{id}/reply} with {@code {"comment": …}}; the reply is named as the source
     * names it ({@code <reviewId>/reply}), since Google gives it no id of its own.
     */
    @Override
    protected PublishOutcome replyConfigured(ReplyRequest request) throws InterruptedException {
        if (request.kind() != MentionKind.REVIEW) {
            return new PublishOutcome.Unsupported("Google takes one reply per review, from the owner: answer the "
                    + "review itself, and a new answer replaces the old");
        }
        URI uri = URI.create(base + "/v4/accounts/" + QueryString.encode(account) + "/locations/"
                + QueryString.encode(location) + "/reviews/" + QueryString.encode(request.externalId()) + "/reply");
        JsonNode body = JsonNodeFactory.instance.objectNode().put("comment", request.text());
        return client.send("PUT", uri, new PublishClient.Credential("token", token), PublishClient.Payload.json(body),
                new PublishClient.Reading() {
                    @Override
                    public PublishOutcome accepted(int status, JsonNode json, Instant answered) {
                        if (!json.isObject() || JsonFields.text(json, "comment") == null) {
                            return client.unexpected(status, "no review reply");
                        }
                        Instant updated = JsonFields.time(json, "updateTime");
                        return new PublishOutcome.Published(request.externalId() + "/reply", null,
                                updated != null ? updated : answered);
                    }

                    @Override
                    public PublishOutcome refused(int status, JsonNode json, HttpHeaders headers) {
                        String words = JsonFields.text(json.path("error"), "message");
                        if (status == 403) {
                            return client.refused(new PublishClient.Credential("token", token), status, "it lacks "
                                    + "the business.manage scope or its user does not manage location " + location
                                    + (words == null ? "" : " (Google: " + client.quote(words) + ")"));
                        }
                        return client.rejected(status, words);
                    }
                });
    }

    @Override
    public String toString() {
        return "GooglePublisher[" + instance() + ": accounts/" + account + "/locations/" + location + "]";
    }
}

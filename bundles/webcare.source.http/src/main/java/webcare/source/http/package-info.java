/**
 * What every HTTP connector needs the same way: a request with a bearer token and timeouts, the
 * common failures turned into {@link webcare.source.api.FetchOutcome}s (no answer, 401, 429 with
 * its reset time, 5xx, malformed or truncated JSON, an answer too large), and messages that never
 * show the token; reading and checking settings and building request addresses; the base of a
 * connector's {@link webcare.source.api.Source} ({@link webcare.source.http.HttpSource}); the
 * cursor of a list sent newest first; and publishing: a request with a body whose failures become
 * {@link webcare.source.api.PublishOutcome}s ({@link webcare.source.http.PublishClient}) and the
 * base of a connector's {@link webcare.source.api.Publisher} ({@link webcare.source.http.HttpPublisher}). A library bundle: connectors use it, it knows no connector.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.1.0")
package webcare.source.http;

package webcare.source.http;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Optional;
import webcare.source.api.FetchOutcome;
import webcare.source.api.HideRequest;
import webcare.source.api.PublishOutcome;
import webcare.source.api.Publisher;
import webcare.source.api.ReplyRequest;

/**
 * What every connector's {@link Publisher} does the same way: it is named after its configuration
 * file like its source, and while a setting it needs is wrong (the file has no instance name, a
 * value is not of its type, or the connector's own check fails) it answers with that setting as
 * {@link PublishOutcome.Unsupported}, sending nothing. A subclass says what is missing in
 * {@link #replyProblem} and {@link #hideProblem}, and publishes in {@link #replyConfigured} and
 * {@link #hideConfigured}.
 */
public abstract class HttpPublisher implements Publisher {

    private final String type;
    private final String instance;
    private final String configFile;
    /** What is wrong with the file as a whole or with the type of a value, before any connector's own check. */
    private final PublishOutcome.Unsupported fileProblem;

    /**
     * @param type       the platform, e.g. {@code google}, as its source names it
     * @param properties the configuration's properties, which name the instance and its file
     * @param settings   the connector's configuration type ({@link Settings#wrongType})
     */
    protected HttpPublisher(String type, Map<String, ?> properties, Class<? extends Annotation> settings) {
        this.type = type;
        this.instance = InstanceConfig.instanceName(properties);
        this.configFile = InstanceConfig.configFile(properties);
        FetchOutcome.BadConfiguration unnamed = InstanceConfig.unnamed(properties);
        this.fileProblem = unsupported(unnamed != null ? unnamed : Settings.wrongType(settings, properties, configFile));
    }

    /** A setting's problem as the reason an action is not possible; null for null. */
    protected static PublishOutcome.Unsupported unsupported(FetchOutcome.BadConfiguration problem) {
        return problem == null ? null : new PublishOutcome.Unsupported(problem.message());
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final String instance() {
        return instance;
    }

    /** The configuration file for messages, as {@link InstanceConfig#configFile} names it. */
    protected final String configFile() {
        return configFile;
    }

    @Override
    public final Optional<PublishOutcome.Unsupported> cannotReply() {
        return Optional.ofNullable(fileProblem != null ? fileProblem : replyProblem());
    }

    @Override
    public final Optional<PublishOutcome.Unsupported> cannotHide() {
        return Optional.ofNullable(fileProblem != null ? fileProblem : hideProblem());
    }

    @Override
    public final PublishOutcome reply(ReplyRequest request) throws InterruptedException {
        Optional<PublishOutcome.Unsupported> problem = cannotReply();
        return problem.isPresent() ? problem.get() : replyConfigured(request);
    }

    @Override
    public final PublishOutcome hide(HideRequest request) throws InterruptedException {
        Optional<PublishOutcome.Unsupported> problem = cannotHide();
        return problem.isPresent() ? problem.get() : hideConfigured(request);
    }

    /** Why no mention can be answered with these settings; null when they allow it. Quick, no I/O. */
    protected abstract PublishOutcome.Unsupported replyProblem();

    /**
     * Why no mention can be hidden with these settings, or at all on this platform; null when they
     * allow it. Quick, no I/O.
     */
    protected abstract PublishOutcome.Unsupported hideProblem();

    /** {@link #reply} once {@link #replyProblem} found nothing; the same contract. */
    protected abstract PublishOutcome replyConfigured(ReplyRequest request) throws InterruptedException;

    /**
     * {@link #hide} once {@link #hideProblem} found nothing; the same contract. A platform that
     * hides nothing says so in {@link #hideProblem} and keeps this, which is then never called.
     */
    protected PublishOutcome hideConfigured(HideRequest request) throws InterruptedException {
        return hideProblem();
    }
}

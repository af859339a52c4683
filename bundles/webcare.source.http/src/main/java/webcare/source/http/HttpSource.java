package webcare.source.http;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.source.api.Source;

/**
 * What every connector's {@link Source} does the same way: it is named after its configuration
 * file, polls at its configured interval, and while a setting is wrong (the file has no instance
 * name, see {@link InstanceConfig#unnamed}; a value is not of its type, see
 * {@link Settings#wrongType}; or the connector's own check fails) it answers every fetch with that
 * {@link FetchOutcome.BadConfiguration}, asking the platform nothing. A subclass
 * says what is wrong in {@link #configurationProblem} and fetches in {@link #fetchConfigured}.
 */
public abstract class HttpSource implements Source {

    private final String type;
    private final String instance;
    private final String configFile;
    private final Duration pollInterval;
    /** What is wrong with the file as a whole or with the type of a value, before any connector's own check. */
    private final FetchOutcome.BadConfiguration fileProblem;

    /**
     * @param type         the platform, e.g. {@code google}; the mentions' source
     * @param properties   the configuration's properties, which name the instance and its file
     * @param settings     the connector's configuration type, whose methods say each setting's type
     *                     ({@link Settings#wrongType}); read it through {@link Settings#lenient}
     * @param pollInterval the time between two sync passes, the connector's minimum applied
     */
    protected HttpSource(String type, Map<String, ?> properties, Class<? extends Annotation> settings,
            Duration pollInterval) {
        this.type = type;
        this.instance = InstanceConfig.instanceName(properties);
        this.configFile = InstanceConfig.configFile(properties);
        this.pollInterval = pollInterval;
        FetchOutcome.BadConfiguration unnamed = InstanceConfig.unnamed(properties);
        this.fileProblem = unnamed != null ? unnamed : Settings.wrongType(settings, properties, configFile);
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final String instance() {
        return instance;
    }

    @Override
    public final Duration pollInterval() {
        return pollInterval;
    }

    /** The configuration file for messages, as {@link InstanceConfig#configFile} names it. */
    protected final String configFile() {
        return configFile;
    }

    @Override
    public final Optional<FetchOutcome.BadConfiguration> settingsProblem() {
        return Optional.ofNullable(fileProblem != null ? fileProblem : configurationProblem());
    }

    @Override
    public final FetchOutcome fetch(Cursor cursor) throws InterruptedException {
        Optional<FetchOutcome.BadConfiguration> problem = settingsProblem();
        return problem.isPresent() ? problem.get() : fetchConfigured(cursor);
    }

    /**
     * The setting to fix before anything is asked of the platform; null when the settings are
     * usable. Called before every fetch, so it must be quick and do no I/O.
     */
    protected abstract FetchOutcome.BadConfiguration configurationProblem();

    /** {@link #fetch} once {@link #configurationProblem} found nothing; the same contract. */
    protected abstract FetchOutcome fetchConfigured(Cursor cursor) throws InterruptedException;
}

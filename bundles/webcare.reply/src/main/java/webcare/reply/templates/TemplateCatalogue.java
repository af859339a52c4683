package webcare.reply.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import webcare.launch.api.Launch;
import webcare.reply.ReplySettings;
import webcare.reply.api.ReplyFields;
import webcare.reply.api.ReplyTemplate;
import webcare.reply.api.ReplyTemplates;
import webcare.triage.api.Decision;

/**
 * The built-in templates ({@code templates.json} in this bundle, Dutch and English) with the
 * team's own from {@code $WEBCARE_HOME/etc/reply-templates.json} on top: a team template with the
 * id and language of a built-in one replaces it, any other is added. The team file is read once at
 * activation (restart the bundle after editing it); when it cannot be used, one line says why and
 * the built-ins alone apply. Immutable after construction, so safe to share between threads.
 */
@Component(service = ReplyTemplates.class, configurationPid = ReplySettings.PID)
@Designate(ocd = ReplySettings.class)
public final class TemplateCatalogue implements ReplyTemplates {

    /** The team's templates, in {@code $WEBCARE_HOME/etc}. */
    public static final String TEAM_FILE = "reply-templates.json";
    static final String BUILT_IN = "templates.json";
    /** Used for a language that has no templates of its own. */
    static final String FALLBACK_LANG = "en";

    private static final Logger LOG = System.getLogger(TemplateCatalogue.class.getName());
    private static final Comparator<ReplyTemplate> BY_PURPOSE =
            Comparator.comparing(ReplyTemplate::purpose).thenComparing(ReplyTemplate::id);

    private final Map<String, List<ReplyTemplate>> byLang;
    private final Map<String, String> channels;

    @Activate
    public TemplateCatalogue(@Reference Launch launch, ReplySettings settings) {
        this(launch.home().resolve("etc"), Map.of("nl", settings.channel_nl(), "en", settings.channel_en()),
                problem -> LOG.log(Level.WARNING, problem));
    }

    /**
     * @param etc      the team's folder, or null for the built-ins only
     * @param channels the default private channel per language ({@code {channel}} when none is given)
     * @param problems receives one line when the team's file cannot be used
     */
    public TemplateCatalogue(Path etc, Map<String, String> channels, Consumer<String> problems) {
        Map<String, ReplyTemplate> merged = new LinkedHashMap<>();
        for (ReplyTemplate template : builtIn()) {
            merged.put(template.id() + "/" + template.lang(), template);
        }
        for (ReplyTemplate template : team(etc, problems)) {
            merged.put(template.id() + "/" + template.lang(), template);
        }
        Map<String, List<ReplyTemplate>> grouped = new LinkedHashMap<>();
        for (ReplyTemplate template : merged.values()) {
            grouped.computeIfAbsent(template.lang(), lang -> new ArrayList<>()).add(template);
        }
        grouped.replaceAll((lang, templates) -> templates.stream().sorted(BY_PURPOSE).toList());
        this.byLang = Map.copyOf(grouped);
        this.channels = Map.copyOf(channels);
    }

    private static List<ReplyTemplate> builtIn() {
        try (InputStream in = TemplateCatalogue.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in " + BUILT_IN + " is missing from the bundle next to " + TemplateCatalogue.class.getName());
            }
            return TemplateFile.read(BUILT_IN, in);
        } catch (TemplateFileException e) {
            throw new IllegalStateException("the built-in templates are broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + BUILT_IN, e);
        }
    }

    private static List<ReplyTemplate> team(Path etc, Consumer<String> problems) {
        if (etc == null) {
            return List.of();
        }
        String place = "etc/" + TEAM_FILE;
        try (InputStream in = Files.newInputStream(etc.resolve(TEAM_FILE))) {
            return TemplateFile.read(place, in);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (TemplateFileException e) {
            problems.accept(e.getMessage() + "; until then only the built-in templates apply");
        } catch (IOException e) {
            problems.accept(place + ": cannot be read (" + e.getMessage() + "); until then only the built-in templates apply");
        }
        return List.of();
    }

    @Override
    public List<ReplyTemplate> forDecision(Decision decision, String lang) {
        List<ReplyTemplate> templates = byLang.get(language(lang));
        if (templates == null) {
            templates = byLang.getOrDefault(FALLBACK_LANG, List.of());
        }
        return templates.stream().filter(template -> template.decisions().contains(decision)).toList();
    }

    @Override
    public String fill(ReplyTemplate template, ReplyFields fields) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        String handle = fields == null ? null : present(fields.handle());
        if (handle != null) {
            handle = handle.startsWith("@") ? present(handle.substring(1)) : handle;
        }
        String name = fields == null ? null : present(fields.name());
        values.put(Placeholder.HANDLE, handle);
        values.put(Placeholder.NAME, name != null ? name : handle != null ? "@" + handle : null);
        values.put(Placeholder.AGENT, fields == null ? null : present(fields.agent()));
        String channel = fields == null ? null : present(fields.channel());
        values.put(Placeholder.CHANNEL, channel != null ? channel : defaultChannel(template.lang()));
        return TemplateText.fill(template.text(), values);
    }

    private String defaultChannel(String lang) {
        String channel = channels.get(language(lang));
        return present(channel != null ? channel : channels.get(FALLBACK_LANG));
    }

    /** {@code nl}, {@code nl-NL} and {@code NL} are all {@code nl}. */
    private static String language(String lang) {
        if (lang == null) {
            return FALLBACK_LANG;
        }
        String lower = lang.strip().toLowerCase(Locale.ROOT);
        int cut = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        return cut > 0 ? lower.substring(0, cut) : lower;
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

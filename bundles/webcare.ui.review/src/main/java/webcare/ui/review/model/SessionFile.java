package webcare.ui.review.model;

import java.io.IOException;
import java.io.Reader;
import java.text.MessageFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import webcare.files.WholeFile;
import webcare.model.plan.ReviewItem.Outcome;

/**
 * The session in progress on disk ({@code <WEBCARE_HOME>/data/review-session.properties}), so a
 * crash, a closed laptop or a restart loses nothing. A UTF-8 properties file, keys in a fixed
 * order so a person can read it:
 *
 * <pre>
 * format=1
 * id=…                       one session, across writes
 * sequence=42                grows with every change
 * date=2026-11-24            the day of the session
 * basedOn=17                 the working plan revision the session walks through
 * current=role:spokesperson  the item on screen; empty at the summary
 * participant.0=anna-de-vries
 * item.0.ref=person:anna-de-vries   in the order discussed
 * item.0.outcome=CONFIRMED          absent when only a note was made
 * item.0.note=…                     absent when none
 * contact.0=anna-de-vries           contact details confirmed
 * </pre>
 *
 * Writes replace the file atomically, and a write older than the last one written (by
 * {@link ReviewSession.Snapshot#sequence()}) or for a session already {@link #delete finished}
 * is skipped, so writes finishing out of order never bring back an older state. Thread-safe.
 */
public final class SessionFile {

    public static final String NAME = "review-session.properties";

    /**
     * The file is there but holds no session this version can read. Its message is English, for
     * the log; {@link #describe} says it in the room's language, naming the file and why.
     */
    public static final class NotASession extends IOException {
        private static final long serialVersionUID = 1L;

        private final String file;
        private final String reason;
        private final transient Object[] arguments;

        /** @param reason the text saying why (messages.properties beside this class), with {@code arguments} */
        NotASession(Path file, Throwable cause, String reason, Object... arguments) {
            super(describe(Locale.ENGLISH, file.toString(), reason, arguments), cause);
            this.file = file.toString();
            this.reason = reason;
            this.arguments = arguments.clone();
        }

        /** One line in {@code language} (Dutch for "nl", English otherwise) naming the file and why. */
        public String describe(Locale language) {
            return describe(language, file, reason, arguments);
        }

        private static String describe(Locale language, String file, String reason, Object[] arguments) {
            // no fallback to the JVM's default locale: English is the base file, whatever the machine says
            ResourceBundle texts = ResourceBundle.getBundle(SessionFile.class.getPackageName() + ".messages",
                    "nl".equals(language.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH,
                    SessionFile.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String why = new MessageFormat(texts.getString(reason), language).format(arguments);
            return new MessageFormat(texts.getString("session.notASession"), language).format(new Object[] {file, why});
        }
    }
    private static final String FORMAT = "1";

    private final Path file;
    private String lastId;
    private long lastSequence = -1;
    private final Set<String> finished = new HashSet<>();

    public SessionFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /**
     * Writes {@code session}, unless a newer state of the same session was written already or
     * the session was deleted as finished.
     *
     * @return whether the file was written
     */
    public synchronized boolean write(ReviewSession.Snapshot session) throws IOException {
        if (finished.contains(session.id())
                || (session.id().equals(lastId) && session.sequence() < lastSequence)) {
            return false;
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        WholeFile.writeString(file, "review-session", text(session));
        lastId = session.id();
        lastSequence = session.sequence();
        return true;
    }

    /** Removes the file once {@code sessionId} is approved; later writes of that session are skipped. */
    public synchronized void delete(String sessionId) throws IOException {
        finished.add(sessionId);
        Files.deleteIfExists(file);
    }

    /**
     * Removes the file whichever session it holds (the user discarded it); later writes of
     * {@code sessionId} (null when not known) and of the session last written are skipped.
     */
    public synchronized void discard(String sessionId) throws IOException {
        if (sessionId != null) {
            finished.add(sessionId);
        }
        if (lastId != null) {
            finished.add(lastId);
        }
        Files.deleteIfExists(file);
    }

    /** The saved session, if there is a file. */
    public Optional<ReviewSession.Snapshot> readIfPresent() throws IOException {
        try {
            return Optional.of(read());
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
    }

    /**
     * Reads the saved session.
     *
     * @throws NoSuchFileException when there is none
     * @throws NotASession when it is not a session file this version reads
     * @throws IOException when it cannot be read
     */
    public ReviewSession.Snapshot read() throws IOException {
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (IllegalArgumentException malformed) {
            throw new NotASession(file, malformed, "session.badValue", String.valueOf(malformed.getMessage()));
        }
        try {
            String format = required(saved, "format");
            if (!FORMAT.equals(format)) {
                throw new NotASession(file, null, "session.unknownFormat", format, FORMAT);
            }
            List<String> participants = list(saved, "participant.");
            List<String> contacts = list(saved, "contact.");
            Map<String, Outcome> decisions = new LinkedHashMap<>();
            Map<String, String> notes = new LinkedHashMap<>();
            for (int i = 0; saved.containsKey("item." + i + ".ref"); i++) {
                String item = saved.getProperty("item." + i + ".ref");
                String outcome = saved.getProperty("item." + i + ".outcome");
                if (outcome != null) {
                    decisions.put(item, Outcome.valueOf(outcome));
                }
                String note = saved.getProperty("item." + i + ".note");
                if (note != null) {
                    notes.put(item, note);
                }
            }
            String current = saved.getProperty("current", "");
            return new ReviewSession.Snapshot(required(saved, "id"), Long.parseLong(required(saved, "sequence")),
                    LocalDate.parse(required(saved, "date")), Long.parseLong(required(saved, "basedOn")),
                    current.isEmpty() ? null : current, participants, decisions, notes, contacts);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new NotASession(file, e, "session.badValue", String.valueOf(e.getMessage()));
        }
    }

    private String required(Properties saved, String key) throws IOException {
        String value = saved.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new NotASession(file, null, "session.missing", key);
        }
        return value.strip();
    }

    private static List<String> list(Properties saved, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; saved.containsKey(prefix + i); i++) {
            values.add(saved.getProperty(prefix + i));
        }
        return values;
    }

    /** The file's text; keys in a fixed order, values escaped as {@link Properties#load} reads them. */
    public static String text(ReviewSession.Snapshot session) {
        StringBuilder text = new StringBuilder();
        text.append("# Webcare Workbench: annual review session in progress.\n")
                .append("# Written after every decision; removed once the plan is approved.\n");
        line(text, "format", FORMAT);
        line(text, "id", session.id());
        line(text, "sequence", Long.toString(session.sequence()));
        line(text, "date", session.date().toString());
        line(text, "basedOn", Long.toString(session.basedOn()));
        line(text, "current", session.current() == null ? "" : session.current());
        for (int i = 0; i < session.participants().size(); i++) {
            line(text, "participant." + i, session.participants().get(i));
        }
        List<String> items = new ArrayList<>(session.decisions().keySet());
        session.notes().keySet().stream().filter(item -> !items.contains(item)).forEach(items::add);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            line(text, "item." + i + ".ref", item);
            Outcome outcome = session.decisions().get(item);
            if (outcome != null) {
                line(text, "item." + i + ".outcome", outcome.name());
            }
            String note = session.notes().get(item);
            if (note != null) {
                line(text, "item." + i + ".note", note);
            }
        }
        for (int i = 0; i < session.confirmedContacts().size(); i++) {
            line(text, "contact." + i, session.confirmedContacts().get(i));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(escape(value)).append('\n');
    }

    /** Escapes what {@link Properties#load(Reader)} would otherwise read differently. */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

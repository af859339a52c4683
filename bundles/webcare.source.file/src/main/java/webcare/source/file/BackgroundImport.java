package webcare.source.file;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import webcare.ingest.api.ImportProgress;
import webcare.ingest.api.ImportRun;
import webcare.ingest.api.ImportSummary;
import webcare.ingest.api.MentionFileImport;
import webcare.store.api.MentionRepository;
import webcare.store.api.MentionRepository.SaveResult;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * The workbench's import of a mention file: the whole file in one transaction, on a thread of its
 * own, with progress and cancel. The headless {@code import} command commits every batch instead;
 * both read and batch through {@link MentionImport}.
 */
@Component(service = MentionFileImport.class)
public final class BackgroundImport implements MentionFileImport {

    private static final Logger LOG = System.getLogger(BackgroundImport.class.getName());
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(100);
    /** Cancel is checked between lines; a batch being stored finishes, then everything rolls back. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Store store;
    private final MentionRepository mentions;
    private final int batchSize;
    private final long progressNanos;
    private final ExecutorService threads;
    private final Set<Run> running = ConcurrentHashMap.newKeySet();

    @Activate
    public BackgroundImport(@Reference Store store, @Reference MentionRepository mentions) {
        this(store, mentions, ImportCommand.BATCH, PROGRESS_EVERY);
    }

    /** @param progressEvery the least time between two progress reports; zero reports every line */
    BackgroundImport(Store store, MentionRepository mentions, int batchSize, Duration progressEvery) {
        this.store = store;
        this.mentions = mentions;
        this.batchSize = batchSize;
        this.progressNanos = progressEvery.toNanos();
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "webcare-file-import-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Cancels what still runs and waits (a while) until each has rolled back on its own thread:
     * the store this component uses may go right after it.
     */
    @Deactivate
    void close() {
        running.forEach(Run::cancel);
        threads.shutdown();
        try {
            if (!threads.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "A mention import did not stop within " + STOP_WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<String> fileExtensions() {
        return MentionFormat.extensions();
    }

    @Override
    public ImportRun start(Path file, Consumer<ImportProgress> progress) {
        return start(file, progress, Locale.ENGLISH);
    }

    @Override
    public ImportRun start(Path file, Consumer<ImportProgress> progress, Locale language) {
        Run run = new Run(file, progress, Texts.of(language));
        Optional<MentionFormat> format = MentionFormat.ofFile(run.name);
        if (format.isEmpty()) {
            run.fail(MentionFormat.unknown(run.name, run.texts), null);
            return run;
        }
        running.add(run);
        try {
            threads.execute(() -> run.importAs(format.get()));
        } catch (RejectedExecutionException e) {
            running.remove(run);
            run.fail(run.texts.format("import.shuttingDown", run.name), e);
        }
        return run;
    }

    /** One import: asked to stop or not, its result, and the work it does on its thread. */
    private final class Run implements ImportRun {
        private final Path file;
        private final String name;
        private final Consumer<ImportProgress> progress;
        /** The language of its bad lines and failures: the caller's. */
        private final Texts texts;
        private final CompletableFuture<ImportSummary> result = new CompletableFuture<>();
        private final CompletionStage<ImportSummary> stage = result.minimalCompletionStage();
        private volatile boolean cancelled;

        Run(Path file, Consumer<ImportProgress> progress, Texts texts) {
            this.file = file;
            this.name = String.valueOf(file.getFileName() == null ? file : file.getFileName());
            this.progress = progress;
            this.texts = texts;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public CompletionStage<ImportSummary> result() {
            return stage;
        }

        void importAs(MentionFormat format) {
            try {
                ImportSummary summary = importFile(format);
                running.remove(this);
                result.complete(summary);
            } catch (IOException e) {
                fail(texts.format("import.unreadable", name, reason(e)), e);
            } catch (MentionImport.Failed e) {
                fail(texts.format("import.notKept", e.getMessage()), e);
            } catch (StoreException e) {
                fail(texts.format("import.failed", name, e.getMessage()), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(texts.format("import.interrupted", name), e);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Importing " + file + " failed", e);
                fail(texts.format("import.failed", name, e.getMessage() == null ? texts.format("unexpected")
                        : "\"" + e.getMessage() + "\""), e);
            }
        }

        /** Why the file cannot be read: known causes in words, others in the system's own words. */
        private String reason(IOException e) {
            if (e instanceof NoSuchFileException) {
                return texts.format("import.noSuchFile");
            }
            if (e instanceof AccessDeniedException) {
                return texts.format("import.accessDenied");
            }
            return e.getMessage() == null ? texts.format("unexpected") : "\"" + e.getMessage() + "\"";
        }

        private ImportSummary importFile(MentionFormat format)
                throws IOException, MentionImport.Failed, StoreException, InterruptedException {
            long total = Files.size(file);
            try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
                    MentionReader reader = format.reader(in, texts)) {
                Reporting watcher = new Reporting(in, total);
                Optional<MentionImport.Result> imported = new MentionImport(store, mentions, batchSize, texts)
                        .runInOneTransaction(name, reader, watcher);
                if (imported.isEmpty()) {
                    return new ImportSummary(0, 0, 0, watcher.bad, watcher.badLines, true);
                }
                long end = Math.max(total, in.count());
                report(new ImportProgress(end, end, watcher.lines, imported.get().bad()));
                SaveResult saved = imported.get().saved();
                return new ImportSummary(saved.added(), saved.edited(), saved.unchanged(), imported.get().bad(),
                        watcher.badLines, false);
            }
        }

        void fail(String message, Throwable cause) {
            running.remove(this);
            // one line, whatever the cause's message held
            result.completeExceptionally(new MentionImport.Failed(message.replaceAll("\\s*\\R\\s*", " "), cause));
        }

        private void report(ImportProgress reached) {
            try {
                progress.accept(reached);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A progress listener of the import of " + file + " failed", e);
            }
        }

        /** The bad lines and progress of this run, on the reading thread. */
        private final class Reporting implements MentionImport.Watcher {
            private final CountingInputStream in;
            private final long total;
            private final List<String> badLines = new ArrayList<>();
            private long nextReport = System.nanoTime();
            private long lines;
            private long bad;

            Reporting(CountingInputStream in, long total) {
                this.in = in;
                this.total = total;
            }

            @Override
            public void bad(ParsedLine.Bad line, long count) {
                if (badLines.size() < ImportSummary.MAX_BAD_LINES) {
                    badLines.add(texts.format("import.badLine", String.valueOf(line.line()), line.reason()));
                }
            }

            @Override
            public void read(long line, SaveResult stored, long count) {
                lines = line;
                bad = count;
                long now = System.nanoTime();
                if (now - nextReport >= 0) {
                    nextReport = now + progressNanos;
                    report(new ImportProgress(in.count(), total, line, count));
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        }
    }

}

package webcare.source.file;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import webcare.model.Mention;
import webcare.store.api.MentionRepository;
import webcare.store.api.MentionRepository.SaveResult;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * Reads a mention file and stores its good lines in batches. The command commits each batch on its
 * own ({@link #run(String, MentionReader, PrintStream)}): a crash leaves whole batches, and running
 * the import again adds nothing twice (the repository knows what it has). The workbench stores all
 * batches in one transaction ({@link #runInOneTransaction}), so that cancelling or failing leaves
 * nothing. Either way the next batch is read and parsed while the previous one is stored, on a
 * thread of its own; at most two batches are in memory.
 */
final class MentionImport {

    /** How it went: what the store did with the good lines, and how many lines were bad. */
    record Result(SaveResult saved, long bad) {

        long imported() {
            return (long) saved.added() + saved.edited() + saved.unchanged();
        }
    }

    /** Storing failed; the message says which lines were not stored and what to do. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What an import does besides reading and storing: the command prints, the workbench reports
     * progress and may cancel. Called on the reading thread.
     */
    interface Watcher {

        /** A bad line, the {@code bad}th so far. */
        void bad(ParsedLine.Bad line, long bad);

        /** After each line: its number, what the store has done so far, and how many lines were bad. */
        void read(long line, SaveResult stored, long bad);

        /** Whether to stop reading; asked before every line. Once true, it must stay true. */
        boolean cancelled();
    }

    /** How one batch is stored. */
    @FunctionalInterface
    private interface Saver {
        SaveResult save(List<Mention> batch) throws StoreException;
    }

    private static final SaveResult NOTHING = new SaveResult(0, 0, 0);

    private final Store store;
    private final MentionRepository mentions;
    private final int batchSize;
    private final long progressEvery;
    private final int maxBadShown;
    private final Texts texts;

    /**
     * @param batchSize     mentions per batch (per transaction, for the command)
     * @param progressEvery the command: a progress line on {@code err} after every so many lines
     * @param maxBadShown   the command: bad lines reported one by one; the rest only counted
     */
    MentionImport(Store store, MentionRepository mentions, int batchSize, long progressEvery, int maxBadShown) {
        this(store, mentions, batchSize, progressEvery, maxBadShown, Texts.ENGLISH);
    }

    /**
     * For {@link #runInOneTransaction}, whose watcher reports bad lines and progress.
     *
     * @param texts the language a batch that cannot be stored is reported in
     */
    MentionImport(Store store, MentionRepository mentions, int batchSize, Texts texts) {
        this(store, mentions, batchSize, Long.MAX_VALUE, 0, texts);
    }

    private MentionImport(Store store, MentionRepository mentions, int batchSize, long progressEvery,
            int maxBadShown, Texts texts) {
        this.store = store;
        this.mentions = mentions;
        this.batchSize = batchSize;
        this.progressEvery = progressEvery;
        this.maxBadShown = maxBadShown;
        this.texts = texts;
    }

    /** One batch on its way to the store, and the lines it came from. */
    private record Batch(Future<SaveResult> saving, long firstLine, long lastLine) {}

    /**
     * The command: imports what {@code reader} reads, one transaction per batch; {@code label}
     * names the file in messages. Bad lines go to {@code err} as {@code FILE:LINE: reason}, the
     * first {@link #maxBadShown} of them, with a progress line every {@link #progressEvery} lines.
     *
     * @throws IOException when the file cannot be read on (lines before it may be stored)
     * @throws Failed when a batch cannot be stored (the batches before it are)
     */
    Result run(String label, MentionReader reader, PrintStream err) throws IOException, Failed, InterruptedException {
        return read(label, reader, batch -> store.inTransaction(tx -> mentions.save(tx, batch)), true,
                new Printing(label, err));
    }

    /**
     * The workbench: imports what {@code reader} reads in one transaction, committed only when
     * every line is read and stored and {@code watcher} has not cancelled; otherwise rolled back.
     *
     * @return the result; empty when cancelled (nothing is stored)
     * @throws IOException when the file cannot be read (nothing is stored)
     * @throws Failed when a batch cannot be stored (nothing is stored)
     * @throws StoreException when the database is unavailable or the commit fails (nothing is stored)
     */
    Optional<Result> runInOneTransaction(String label, MentionReader reader, Watcher watcher)
            throws IOException, Failed, StoreException, InterruptedException {
        try {
            return store.inTransaction(tx -> {
                Result result;
                try {
                    result = read(label, reader, batch -> mentions.save(tx, batch), false, watcher);
                } catch (IOException | Failed | InterruptedException e) {
                    throw new RollBack(e);
                }
                if (watcher.cancelled()) {
                    throw new RollBack(null);
                }
                return Optional.of(result);
            });
        } catch (RollBack rollBack) {
            Throwable cause = rollBack.getCause();
            if (cause instanceof IOException e) {
                throw e;
            } else if (cause instanceof Failed e) {
                throw e;
            } else if (cause instanceof InterruptedException e) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** Carries why to roll back out of a {@link Store.Work}, which may throw only StoreException. */
    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RollBack(Exception cause) {
            super(cause == null ? "cancelled" : cause.getMessage(), cause, false, false);
        }
    }

    /**
     * The one reading loop: lines to batches, batches to {@code saver} on the storing thread,
     * every line and every bad one to {@code watcher}. {@code commitsEachBatch} says whether a
     * stored batch stays stored when a later one fails, for the message of {@link Failed}.
     */
    private Result read(String label, MentionReader reader, Saver saver, boolean commitsEachBatch, Watcher watcher)
            throws IOException, Failed, InterruptedException {
        ExecutorService storing = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "webcare-import-store");
            thread.setDaemon(true);
            return thread;
        });
        SaveResult saved = NOTHING;
        long bad = 0;
        long storedUpTo = 0;
        Batch inFlight = null;
        List<Mention> batch = new ArrayList<>(batchSize);
        long firstLine = 0;
        long lastLine = 0;
        try {
            ParsedLine parsed;
            while (!watcher.cancelled() && (parsed = reader.next()) != null) {
                lastLine = parsed.line();
                if (parsed instanceof ParsedLine.Good good) {
                    if (batch.isEmpty()) {
                        firstLine = good.line();
                    }
                    batch.add(good.mention());
                } else if (parsed instanceof ParsedLine.Bad line) {
                    bad++;
                    watcher.bad(line, bad);
                }
                if (batch.size() == batchSize) {
                    saved = saved.plus(await(inFlight, label, storedUpTo));
                    if (commitsEachBatch && inFlight != null) {
                        storedUpTo = inFlight.lastLine();
                    }
                    inFlight = submit(storing, saver, batch, firstLine, lastLine);
                    batch = new ArrayList<>(batchSize);
                }
                watcher.read(lastLine, saved, bad);
            }
            saved = saved.plus(await(inFlight, label, storedUpTo));
            if (commitsEachBatch && inFlight != null) {
                storedUpTo = inFlight.lastLine();
            }
            inFlight = null;
            if (!batch.isEmpty() && !watcher.cancelled()) {
                inFlight = submit(storing, saver, batch, firstLine, lastLine);
                saved = saved.plus(await(inFlight, label, storedUpTo));
            }
            inFlight = null;
            return new Result(saved, bad);
        } finally {
            // Never interrupt a batch being stored (H2 closes its file when interrupted during I/O):
            // when reading failed, let it commit or fail on its own, then end the thread.
            storing.shutdown();
            if (inFlight != null) {
                finish(inFlight.saving());
            }
        }
    }

    private static void finish(Future<SaveResult> saving) {
        try {
            saving.get();
        } catch (ExecutionException e) {
            // reported already, or the reading failure is what gets reported
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Batch submit(ExecutorService storing, Saver saver, List<Mention> batch, long firstLine,
            long lastLine) {
        return new Batch(storing.submit(() -> saver.save(batch)), firstLine, lastLine);
    }

    private SaveResult await(Batch batch, String label, long storedUpTo) throws Failed, InterruptedException {
        if (batch == null) {
            return NOTHING;
        }
        try {
            return batch.saving().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // the store's message is a sentence; anything else its own words, quoted, never its class name
            String reason = cause instanceof StoreException ? cause.getMessage()
                    : cause.getMessage() != null ? "\"" + cause.getMessage() + "\"" : texts.format("unexpected");
            throw new Failed(texts.format("import.linesNotStored", String.valueOf(batch.firstLine()),
                    String.valueOf(batch.lastLine()), label, reason)
                    + (storedUpTo > 0 ? texts.format("import.storedUpTo", String.valueOf(storedUpTo)) : ""), cause);
        }
    }

    /** The command's watcher: bad lines and progress as lines on {@code err}; never cancels. */
    private final class Printing implements Watcher {
        private final String label;
        private final PrintStream err;
        private final long started = System.nanoTime();
        private long nextProgress = progressEvery;

        Printing(String label, PrintStream err) {
            this.label = label;
            this.err = err;
        }

        @Override
        public void bad(ParsedLine.Bad line, long bad) {
            if (bad <= maxBadShown) {
                err.println(label + ":" + line.line() + ": " + line.reason());
            } else if (bad == maxBadShown + 1) {
                err.println(label + ": more than " + maxBadShown + " bad lines; the rest are only counted");
            }
        }

        @Override
        public void read(long line, SaveResult stored, long bad) {
            if (line >= nextProgress) {
                nextProgress = (line / progressEvery + 1) * progressEvery;
                long count = (long) stored.added() + stored.edited() + stored.unchanged();
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                err.printf("%s: %,d lines read, %,d mentions stored, %,d bad (%,.0f lines a second)%n", label, line,
                        count, bad, line / seconds);
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}

package webcare.source.file;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
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
 * Reads a mention file and stores its good lines in batches, one transaction per batch: a crash
 * leaves whole batches, and running the import again adds nothing twice (the repository knows
 * what it has). The next batch is read and parsed while the previous one is stored, on a thread of
 * its own; at most two batches are in memory. Bad lines go to {@code err} as
 * {@code FILE:LINE: reason}, the first {@link #maxBadShown} of them; all are counted.
 */
final class MentionImport {

    /** How it went: what the store did with the good lines, and how many lines were bad. */
    record Result(SaveResult saved, long bad) {

        long imported() {
            return (long) saved.added() + saved.edited() + saved.unchanged();
        }
    }

    /** Storing a batch failed; the message says which lines were stored and what to do. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final SaveResult NOTHING = new SaveResult(0, 0, 0);

    private final Store store;
    private final MentionRepository mentions;
    private final int batchSize;
    private final long progressEvery;
    private final int maxBadShown;

    /**
     * @param batchSize     mentions per transaction
     * @param progressEvery a progress line on {@code err} after every so many lines
     * @param maxBadShown   bad lines reported one by one; the rest only counted
     */
    MentionImport(Store store, MentionRepository mentions, int batchSize, long progressEvery, int maxBadShown) {
        this.store = store;
        this.mentions = mentions;
        this.batchSize = batchSize;
        this.progressEvery = progressEvery;
        this.maxBadShown = maxBadShown;
    }

    /** One batch on its way to the store, and the lines it came from. */
    private record Batch(Future<SaveResult> saving, long firstLine, long lastLine) {}

    /**
     * Imports what {@code reader} reads; {@code label} names the file in messages.
     *
     * @throws IOException when the file cannot be read on (lines before it may be stored)
     * @throws Failed when a batch cannot be stored (the batches before it are)
     */
    Result run(String label, MentionReader reader, PrintStream err) throws IOException, Failed, InterruptedException {
        ExecutorService storing = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "webcare-import-store");
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        long nextProgress = progressEvery;
        SaveResult saved = NOTHING;
        long bad = 0;
        long storedUpTo = 0;
        Batch inFlight = null;
        List<Mention> batch = new ArrayList<>(batchSize);
        long firstLine = 0;
        long lastLine = 0;
        try {
            ParsedLine parsed;
            while ((parsed = reader.next()) != null) {
                lastLine = parsed.line();
                if (parsed instanceof ParsedLine.Good good) {
                    if (batch.isEmpty()) {
                        firstLine = good.line();
                    }
                    batch.add(good.mention());
                } else if (parsed instanceof ParsedLine.Bad line) {
                    bad++;
                    if (bad <= maxBadShown) {
                        err.println(label + ":" + line.line() + ": " + line.reason());
                    } else if (bad == maxBadShown + 1) {
                        err.println(label + ": more than " + maxBadShown + " bad lines; the rest are only counted");
                    }
                }
                if (batch.size() == batchSize) {
                    saved = saved.plus(await(inFlight, label, storedUpTo));
                    storedUpTo = inFlight == null ? storedUpTo : inFlight.lastLine();
                    inFlight = submit(storing, batch, firstLine, lastLine);
                    batch = new ArrayList<>(batchSize);
                }
                if (lastLine >= nextProgress) {
                    nextProgress = (lastLine / progressEvery + 1) * progressEvery;
                    long stored = (long) saved.added() + saved.edited() + saved.unchanged();
                    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                    err.printf("%s: %,d lines read, %,d mentions stored, %,d bad (%,.0f lines a second)%n", label,
                            lastLine, stored, bad, lastLine / seconds);
                }
            }
            saved = saved.plus(await(inFlight, label, storedUpTo));
            storedUpTo = inFlight == null ? storedUpTo : inFlight.lastLine();
            inFlight = null;
            if (!batch.isEmpty()) {
                inFlight = submit(storing, batch, firstLine, lastLine);
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

    private Batch submit(ExecutorService storing, List<Mention> batch, long firstLine, long lastLine) {
        return new Batch(storing.submit(() -> store.inTransaction(tx -> mentions.save(tx, batch))), firstLine,
                lastLine);
    }

    private static SaveResult await(Batch batch, String label, long storedUpTo) throws Failed, InterruptedException {
        if (batch == null) {
            return NOTHING;
        }
        try {
            return batch.saving().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof StoreException ? cause.getMessage() : cause.toString();
            throw new Failed("lines " + batch.firstLine() + " to " + batch.lastLine() + " of " + label
                    + " were not stored: " + reason + (storedUpTo > 0 ? "; those up to line " + storedUpTo
                            + " are stored, and importing the file again adds nothing twice" : ""), cause);
        }
    }
}

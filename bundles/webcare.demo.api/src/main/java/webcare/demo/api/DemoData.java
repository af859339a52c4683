package webcare.demo.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A generated demo data set: a few thousand Dutch and English mentions from several sources over
 * the last two weeks, with some angry reviews and a small spike, marked as demo so that it can be
 * removed without touching real data. Blocking; never call on the UI thread.
 */
@ProviderType
public interface DemoData {

    /** Whether the database holds no mentions at all, so the demo is worth offering. */
    boolean databaseEmpty() throws DemoException;

    /** Whether demo mentions are stored. */
    boolean loaded() throws DemoException;

    /** Generates and stores the demo set (ending now); returns how many mentions were stored. */
    int load() throws DemoException;

    /** Removes every demo mention; returns how many. Real mentions stay. */
    int remove() throws DemoException;
}

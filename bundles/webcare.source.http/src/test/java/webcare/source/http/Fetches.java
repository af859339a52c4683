package webcare.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import webcare.model.Mention;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;
import webcare.source.api.Source;

/** Driving a connector's {@link Source} in a test the way the ingest scheduler does: page by page. */
public final class Fetches {

    /** More pages than any recorded pass has: a pass this long never ends. */
    private static final int MAX_PAGES = 50;

    private Fetches() {}

    /** The outcome as a page; fails the test when it is anything else. */
    public static FetchOutcome.Page page(FetchOutcome outcome) {
        assertThat(outcome).isInstanceOf(FetchOutcome.Page.class);
        return (FetchOutcome.Page) outcome;
    }

    /** The external ids of the page's mentions, in order. */
    public static List<String> ids(FetchOutcome.Page page) {
        return page.mentions().stream().map(Mention::externalId).toList();
    }

    /** The external ids of every page's mentions, in order. */
    public static List<String> ids(List<FetchOutcome.Page> pages) {
        return pages.stream().flatMap(page -> page.mentions().stream()).map(Mention::externalId).toList();
    }

    /**
     * The first fetch of an instance whose settings are wrong: a bad configuration that names the
     * file to fix, found before anything is asked of the platform.
     */
    public static FetchOutcome.BadConfiguration misconfigured(Source source, FakePlatform platform, String configFile)
            throws InterruptedException {
        FetchOutcome outcome = source.fetch(Cursor.START);
        assertThat(platform.requests()).as("nothing is asked with a bad configuration").isEmpty();
        assertThat(outcome).isInstanceOf(FetchOutcome.BadConfiguration.class);
        assertThat(((FetchOutcome.BadConfiguration) outcome).message()).contains(configFile);
        return (FetchOutcome.BadConfiguration) outcome;
    }

    /** Fetches from {@code from} until the pass has caught up; returns every page. */
    public static List<FetchOutcome.Page> pass(Source source, Cursor from) throws InterruptedException {
        List<FetchOutcome.Page> pages = new ArrayList<>();
        Cursor cursor = from;
        do {
            assertThat(pages).as("a pass that never ends").hasSizeLessThan(MAX_PAGES);
            FetchOutcome.Page page = page(source.fetch(cursor));
            pages.add(page);
            cursor = page.next();
        } while (pages.get(pages.size() - 1).more());
        return pages;
    }

    /**
     * A pass from the start whose first page one instance fetches and a fresh one (after a crash,
     * say) continues from the cursor that page stored; returns every page.
     */
    public static List<FetchOutcome.Page> passResumedAfterFirstPage(Supplier<? extends Source> instances)
            throws InterruptedException {
        FetchOutcome.Page first = page(instances.get().fetch(Cursor.START));
        List<FetchOutcome.Page> pages = new ArrayList<>(List.of(first));
        pages.addAll(pass(instances.get(), first.next()));
        return pages;
    }

    /** Once a pass has caught up, the next fetch finds nothing new and keeps its place. */
    public static void assertNothingNewAfterAPass(Supplier<? extends Source> instances) throws InterruptedException {
        List<FetchOutcome.Page> pages = pass(instances.get(), Cursor.START);
        Cursor caughtUp = pages.get(pages.size() - 1).next();

        FetchOutcome.Page page = page(instances.get().fetch(caughtUp));

        assertThat(page.mentions()).isEmpty();
        assertThat(page.more()).isFalse();
        assertThat(page.next()).isEqualTo(caughtUp);
    }
}

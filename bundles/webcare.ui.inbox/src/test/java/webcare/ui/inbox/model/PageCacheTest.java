package webcare.ui.inbox.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static List<Integer> rows(int page) {
        return IntStream.range(0, PageCache.PAGE).map(i -> PageCache.offset(page) + i).boxed().toList();
    }

    @Test
    void asksForEachPageOnceHoweverManyCellsWantIt() {
        PageCache<Integer> cache = new PageCache<>(4);

        assertThat(cache.toFetch(450)).isEqualTo(OptionalInt.of(2));
        assertThat(cache.toFetch(401)).isEmpty();
        assertThat(cache.row(450)).isNull();

        cache.put(cache.generation(), 2, rows(2));

        assertThat(cache.row(450)).isEqualTo(450);
        assertThat(cache.toFetch(599)).isEmpty();
        assertThat(cache.row(600)).isNull();
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedPagesWhileScrollingAMillionItems() {
        PageCache<Integer> cache = new PageCache<>(3);
        for (int index = 0; index < 1_000_000; index += PageCache.PAGE) {
            int page = cache.toFetch(index).orElseThrow();
            cache.put(cache.generation(), page, rows(page));
        }

        assertThat(cache.pages()).isEqualTo(3);
        assertThat(cache.row(999_999)).isEqualTo(999_999);
        assertThat(cache.row(0)).isNull();
        assertThat(cache.toFetch(0)).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void dropsAPageOfAnEarlierQuery() {
        PageCache<Integer> cache = new PageCache<>(3);
        cache.toFetch(0);
        long before = cache.generation();

        cache.clear();

        assertThat(cache.put(before, 0, rows(0))).isFalse();
        assertThat(cache.row(0)).isNull();
        assertThat(cache.toFetch(0)).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void letsAFailedPageBeAskedForAgain() {
        PageCache<Integer> cache = new PageCache<>(3);
        cache.failed(cache.generation(), cache.toFetch(10).orElseThrow());
        assertThat(cache.toFetch(10)).isEqualTo(OptionalInt.of(0));
    }
}

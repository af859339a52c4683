package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingCacheTest {

    private static long[] ids(int count) {
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = i * 3L;
        }
        return ids;
    }

    @Test
    void keepsListsUpToItsBytesAndDropsTheLeastRecentlyUsedFirst() {
        PostingCache cache = new PostingCache(3 * (128 + 8 * 1_000));
        cache.put("een", ids(1_000), cache.generation());
        cache.put("twee", ids(1_000), cache.generation());
        cache.put("drie", ids(1_000), cache.generation());
        assertThat(cache.get("een")).hasSize(1_000); // now the most recently used

        cache.put("vier", ids(1_000), cache.generation());

        assertThat(cache.get("twee")).isNull();
        assertThat(cache.get("een")).isNotNull();
        assertThat(cache.get("drie")).isNotNull();
        assertThat(cache.get("vier")).isNotNull();
        assertThat(cache.bytes()).isLessThanOrEqualTo(3 * (128 + 8 * 1_000));
    }

    @Test
    void aListLargerThanTheCacheIsNotKept() {
        PostingCache cache = new PostingCache(1_000);
        cache.put("groot", ids(1_000), cache.generation());
        assertThat(cache.get("groot")).isNull();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void aListReadBeforeTheWordsChangedIsNotKept() {
        PostingCache cache = new PostingCache(PostingCache.DEFAULT_BYTES);
        cache.put("oud", ids(10), cache.generation());
        long before = cache.generation();

        cache.invalidate();
        cache.put("pakket", ids(10), before);

        assertThat(cache.get("oud")).isNull();
        assertThat(cache.get("pakket")).isNull();
        cache.put("pakket", ids(10), cache.generation());
        assertThat(cache.get("pakket")).hasSize(10);
    }
}

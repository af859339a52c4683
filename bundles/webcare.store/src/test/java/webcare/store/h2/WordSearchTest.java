package webcare.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WordSearchTest {

    @Test
    void theIntersectionOfTwoSortedListsIsTheSameWhicheverWayItIsWalked() {
        long[] evens = LongStream.range(0, 10_000).map(i -> i * 2).toArray();
        long[] threes = LongStream.range(0, 7_000).map(i -> i * 3).toArray();
        long[] few = {3, 6, 7, 12, 9_999, 19_998, 40_000};

        assertThat(WordSearch.intersection(evens, threes))
                .isEqualTo(LongStream.range(0, 3_334).map(i -> i * 6).toArray());
        assertThat(WordSearch.intersection(few, evens)).as("binary searches: one list far shorter")
                .containsExactly(6, 12, 19_998);
        assertThat(WordSearch.intersection(evens, few)).containsExactly(6, 12, 19_998);
        assertThat(WordSearch.intersection(new long[0], evens)).isEmpty();
    }
}

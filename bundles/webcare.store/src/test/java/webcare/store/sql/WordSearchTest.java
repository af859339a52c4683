package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WordSearchTest {

    @Test
    void aBlockGivesBackTheIdsItWasBuiltFromSmallAndLargeSteps() {
        long[] ids = {7, 8, 135, 16_519, 16_520, 1L << 40, (1L << 40) + 300, Long.MAX_VALUE};
        WordIndex.Block block = new WordIndex.Block(ids[0]);
        for (int i = 1; i < ids.length; i++) {
            block.add(ids[i]);
        }
        List<Long> read = new ArrayList<>();
        WordIndex.Block.read(block.first(), block.rest(), read::add);

        assertThat(read).containsExactly(LongStream.of(ids).boxed().toArray(Long[]::new));
        assertThat(block.last()).isEqualTo(Long.MAX_VALUE);
        assertThat(block.rest()).as("a step below 128 takes one byte").startsWith(1);
        assertThatThrownBy(() -> block.add(5)).isInstanceOf(IllegalArgumentException.class);
    }

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

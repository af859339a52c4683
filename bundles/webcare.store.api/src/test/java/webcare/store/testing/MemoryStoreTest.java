package webcare.store.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.store.api.StoreException;
import webcare.store.api.Transaction;

/** The fake other modules' tests rely on: what it commits, what it drops, when it fails. */
class MemoryStoreTest {

    private final MemoryStore store = new MemoryStore();
    private final List<String> committed = new ArrayList<>();

    private void stage(Transaction tx, String value) {
        MemoryTransaction.of(tx).pending(this, ArrayList<String>::new, committed::addAll).add(value);
    }

    @Test
    void appliesWhatTheWorkStagedWhenItReturnsInTheOrderStaged() throws StoreException {
        String result = store.inTransaction(tx -> {
            stage(tx, "a");
            stage(tx, "b");
            assertThat(committed).as("not before the work returns").isEmpty();
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(committed).containsExactly("a", "b");
        assertThat(store.transactions()).isEqualTo(1);
    }

    @Test
    void appliesNothingOfWorkThatThrows() {
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            stage(tx, "a");
            throw new StoreException("constraint violated");
        })).hasMessage("constraint violated");

        assertThat(committed).isEmpty();
    }

    @Test
    void failsTheNextUnitOfWorkOnlyOrEveryOneFromANumberOn() throws StoreException {
        store.failNext("the disk is full");
        assertThatThrownBy(() -> store.inTransaction(tx -> "x")).isInstanceOf(StoreException.class)
                .hasMessage("the disk is full");
        assertThat(store.<String>inTransaction(tx -> "x")).isEqualTo("x");

        store.failFrom(4, "locked");
        assertThat(store.<String>inTransaction(tx -> "x")).isEqualTo("x");
        assertThatThrownBy(() -> store.inTransaction(tx -> "x")).hasMessage("locked");
        assertThatThrownBy(() -> store.inTransaction(tx -> "x")).hasMessage("locked");
        assertThat(store.transactions()).as("failed ones counted").isEqualTo(5);
    }

    @Test
    void refusesATransactionOnceItsWorkHasEndedOrOneItDidNotGive() throws StoreException {
        Transaction kept = store.inTransaction(tx -> tx);

        assertThatThrownBy(() -> stage(kept, "late")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MemoryTransaction.of(new Transaction() {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

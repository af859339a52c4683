package webcare.plan.book;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import webcare.plan.api.PlanCodec;
import webcare.plan.diff.PlanComparison;
import webcare.plan.testing.MemoryPlanStore;

/** A plan book on a memory store, for tests in other packages. */
public final class StoredPlanBookAccess {

    private StoredPlanBookAccess() {}

    public static StoredPlanBook book(MemoryPlanStore store, PlanCodec codec) {
        return new StoredPlanBook(store, store, codec, new PlanComparison(),
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }
}

package webcare.bench.triage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webcare.store.api.Recovery;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;

/**
 * Time per phase of the stored triage, taken by wrapping the services {@code TriageBatches} is
 * built from (the real ones) in proxies that add each call's elapsed time to a phase: the code
 * under test stays the product's, only its collaborators are watched. Calls of one phase never
 * nest in another's, so the phases add up; what the transactions spend outside every phase
 * (building the batch's results, the JSON of flags) is {@link #OTHER}. One thread.
 */
final class Phases {

    static final String OTHER = "other (batch results, flags JSON, context)";
    static final String COMMIT = "commit (and connection)";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Phase name to nanoseconds, in the order phases were first named. */
    private final Map<String, long[]> nanos = new LinkedHashMap<>();
    private long insideTransactions;
    /** When each transaction ended (System.nanoTime) and the CPU time its thread had used by then. */
    private final List<long[]> ends = new ArrayList<>();

    /** Declares the phases in the order the report lists them. */
    Phases(String... order) {
        for (String phase : order) {
            nanos.put(phase, new long[1]);
        }
        nanos.put(COMMIT, new long[1]);
        nanos.put(OTHER, new long[1]);
    }

    /** {@code target} with every call of {@code type}'s methods timed as {@code phase}. */
    <T> T timed(Class<T> type, T target, String phase) {
        return timed(type, target, Map.of(), phase);
    }

    /**
     * {@code target} with the calls of the methods named in {@code phaseByMethod} timed as their
     * phase, all other calls as {@code otherwise} (null: not timed).
     */
    <T> T timed(Class<T> type, T target, Map<String, String> phaseByMethod, String otherwise) {
        InvocationHandler handler = (proxy, method, args) -> {
            String phase = method.getDeclaringClass() == Object.class ? null
                    : phaseByMethod.getOrDefault(method.getName(), otherwise);
            long started = System.nanoTime();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (phase != null) {
                    add(phase, System.nanoTime() - started);
                }
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /**
     * {@code store} with each transaction timed: its time outside the work is {@link #COMMIT}; when
     * it ended is kept ({@link #ends()}).
     */
    Store timedTransactions(Store store) {
        return new Store() {
            @Override
            public String location() {
                return store.location();
            }

            @Override
            public StoreState state() {
                return store.state();
            }

            @Override
            public Optional<Recovery> recovery() {
                return store.recovery();
            }

            @Override
            public <T> T inTransaction(Work<T> work) throws StoreException {
                long started = System.nanoTime();
                long[] inside = new long[1];
                try {
                    return store.inTransaction(tx -> {
                        long begun = System.nanoTime();
                        try {
                            return work.run(tx);
                        } finally {
                            inside[0] = System.nanoTime() - begun;
                        }
                    });
                } finally {
                    long ended = System.nanoTime();
                    insideTransactions += inside[0];
                    add(COMMIT, ended - started - inside[0]);
                    ends.add(new long[] {ended, THREADS.getCurrentThreadCpuTime()});
                }
            }
        };
    }

    private void add(String phase, long elapsed) {
        nanos.computeIfAbsent(phase, name -> new long[1])[0] += elapsed;
    }

    /** Each phase's nanoseconds, {@link #OTHER} worked out from the transactions' inside time. */
    Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        long timed = 0;
        for (Map.Entry<String, long[]> phase : nanos.entrySet()) {
            totals.put(phase.getKey(), phase.getValue()[0]);
            if (!phase.getKey().equals(COMMIT) && !phase.getKey().equals(OTHER)) {
                timed += phase.getValue()[0];
            }
        }
        totals.put(OTHER, Math.max(0, insideTransactions - timed));
        return totals;
    }

    /** Per transaction in order: when it ended (System.nanoTime), and its thread's CPU nanoseconds by then. */
    List<long[]> ends() {
        return ends;
    }
}

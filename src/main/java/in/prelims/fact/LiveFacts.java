package in.prelims.fact;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The fact base in use, swapped whole when a curator saves: each request sees one base from start to
 * end, and a running quiz keeps the questions it stored.
 */
public final class LiveFacts {

    private final AtomicReference<FactBase> current;

    public LiveFacts(FactBase initial) {
        this.current = new AtomicReference<>(initial);
    }

    public FactBase current() {
        return current.get();
    }

    /** Puts a validated base in use for every request that starts from now on. */
    public void swap(FactBase next) {
        current.set(next);
    }
}

package io.papershelf.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A background executor for view-model tests: work waits in a queue until the test runs it, in order
 * or out of order, on the test's own thread.
 */
public final class ManualExecutor implements BackgroundExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** Runs everything queued, including work queued while running. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    /** Runs the oldest queued task only (one step of a load). */
    public void runOldest() {
        queue.poll().run();
    }

    /** Runs the newest queued task first (a slow query finishing last). */
    public void runNewest() {
        queue.pollLast().run();
    }

    public int pending() {
        return queue.size();
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}

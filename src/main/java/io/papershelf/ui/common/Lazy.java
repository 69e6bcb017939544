package io.papershelf.ui.common;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A part of the window made the first time it is asked for, then kept: what the window does not need to start
 * (the statistics' charts, the detail pane's editors) is not built, nor its classes loaded, until it is used. For
 * the FX thread only: not thread-safe.
 */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<? extends T> make;
    private T value;

    public Lazy(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make);
    }

    @Override
    public T get() {
        if (make != null) {
            value = make.get();
            make = null;
        }
        return value;
    }

    /** Made already (without making it). */
    public boolean made() {
        return make == null;
    }
}

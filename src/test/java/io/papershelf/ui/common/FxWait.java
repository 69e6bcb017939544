package io.papershelf.ui.common;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.testfx.util.WaitForAsyncUtils;

/** Waits, with a bound, for something the window does in the background to show. */
public final class FxWait {
    private FxWait() {
    }

    /** Waits up to 15 s for the condition, letting FX events run between looks. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}

package io.papershelf.ui.common;

/**
 * Where background work that failed is said, when its caller did not handle the failure itself (see
 * {@link BackgroundTask#onFailure}). The window shows a dialog ({@link AlertDialogs}); tests put in one that records.
 */
@FunctionalInterface
public interface DialogService {
    /** Shows an error: a heading naming what failed, and one sentence saying why (FX thread). */
    void showError(String heading, String sentence);

    /** The sentence a failure carries, or one naming its kind when it has none. */
    static String sentence(Throwable e) {
        return e.getMessage() == null ? "Something went wrong (" + e.getClass().getSimpleName() + ")." : e.getMessage();
    }
}

package io.papershelf.ui.detail;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.library.Library;
import io.papershelf.library.LibraryException;

/**
 * What the user typed that has not reached the library yet: notes and highlight comments waiting for the pause that
 * saves them, or whose save failed. The FX thread records each edit; the library thread clears what it wrote. Any
 * thread may read it, so that a process ended before the pause (SIGTERM: a logout, {@code kill}) can still write it
 * from a shutdown hook ({@link #saveTo}), when JavaFX's thread no longer runs.
 */
public final class UnsavedText {
    private static final Logger LOG = LoggerFactory.getLogger(UnsavedText.class);

    private final Map<Long, String> notes = new ConcurrentHashMap<>();
    private final Map<Long, String> comments = new ConcurrentHashMap<>();
    /** Saves handed to the library thread and not finished: a hook waits for them, so that it writes last. */
    private int inFlight;

    void note(long paperId, String text) {
        notes.put(paperId, text);
    }

    /** The note is as stored again (typed back, or saved): nothing of it waits. */
    void noteAsStored(long paperId) {
        notes.remove(paperId);
    }

    /** The library thread wrote {@code text}: unsaved no longer, unless typed on since. */
    void noteSaved(long paperId, String text) {
        notes.remove(paperId, text);
    }

    void comment(long highlightId, String text) {
        comments.put(highlightId, text);
    }

    void commentSaved(long highlightId, String text) {
        comments.remove(highlightId, text);
    }

    synchronized void saving() {
        inFlight++;
    }

    synchronized void saved() {
        inFlight--;
        notifyAll();
    }

    public boolean isEmpty() {
        return notes.isEmpty() && comments.isEmpty();
    }

    /**
     * Writes what waits to {@code library} (a connection of the caller's: the window's library thread may be gone),
     * once the saves already under way have finished or {@code wait} has passed, so that an older text never lands
     * after a newer one. A text the library refuses is left out and logged; the others are still written.
     *
     * @return how many texts were written
     */
    public int saveTo(Library library, Duration wait) throws InterruptedException {
        awaitSaves(wait);
        int written = 0;
        for (Map.Entry<Long, String> e : notes.entrySet()) {
            try {
                library.saveNotes(e.getKey(), e.getValue());
                notes.remove(e.getKey(), e.getValue());
                written++;
            } catch (LibraryException ex) {
                LOG.warn("The note of paper {} could not be saved on exit", e.getKey(), ex);
            }
        }
        for (Map.Entry<Long, String> e : comments.entrySet()) {
            try {
                library.setHighlightComment(e.getKey(), e.getValue());
                comments.remove(e.getKey(), e.getValue());
                written++;
            } catch (LibraryException ex) {
                LOG.warn("The comment of highlight {} could not be saved on exit", e.getKey(), ex);
            }
        }
        return written;
    }

    private synchronized void awaitSaves(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}

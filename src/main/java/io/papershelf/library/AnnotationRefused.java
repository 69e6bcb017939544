package io.papershelf.library;

/**
 * A highlight or comment the library will not take as given (an empty or overlapping selection, a comment
 * that is too long): one sentence saying why and what to do. Nothing was changed, and what the user typed is
 * still where they typed it.
 */
public final class AnnotationRefused extends LibraryException {
    public AnnotationRefused(String message) {
        super(message, null);
    }
}

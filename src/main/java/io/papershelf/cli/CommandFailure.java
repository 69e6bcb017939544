package io.papershelf.cli;

/** A command that cannot do what was asked, for a reason the user can act on (one sentence). */
final class CommandFailure extends Exception {
    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.papershelf.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.papershelf.library.LibraryException;
import io.papershelf.listing.ListingException;
import picocli.CommandLine;

/**
 * Turns a failed command into one sentence on standard error and exit code 1. Bad input and unusable
 * libraries are expected; anything else is logged in full, and the user gets a sentence, never a stack
 * trace.
 */
final class FailureReport implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReport.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        String message;
        if (e instanceof ListingException || e instanceof LibraryException || e instanceof CommandFailure) {
            message = e.getMessage();
            LOG.info("Command failed: {}", message);
        } else {
            LOG.error("Unexpected failure", e);
            message = "Papershelf failed unexpectedly (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); details are in the log file.";
        }
        cl.getErr().println(message);
        return PapershelfCommand.BAD_INPUT;
    }
}

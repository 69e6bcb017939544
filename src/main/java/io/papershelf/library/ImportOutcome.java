package io.papershelf.library;

import java.nio.file.Path;

import io.papershelf.model.ImportResult;

/** What importing one file did: a result, or the one-sentence reason it was refused. */
public record ImportOutcome(Path file, ImportResult result, String refusal) {
    public boolean imported() {
        return result != null;
    }

    public String line() {
        return imported() ? result.summary() : "Refused " + refusal;
    }
}

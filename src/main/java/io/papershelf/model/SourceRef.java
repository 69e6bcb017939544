package io.papershelf.model;

import java.time.Instant;
import java.time.LocalDate;

/** A listing file a paper came from: its name, the listing's own date and when it was imported. */
public record SourceRef(String fileName, LocalDate listingDate, Instant importedAt) {
}

package io.papershelf.model;

import java.time.Instant;
import java.time.LocalDate;

/** An imported listing file as the sidebar shows it: name, listing date, import time, paper count. */
public record ListingSource(long id, String fileName, LocalDate listingDate, Instant importedAt, int count) {
}

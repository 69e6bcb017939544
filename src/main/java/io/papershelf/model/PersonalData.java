package io.papershelf.model;

import java.time.Instant;
import java.util.List;

/** What the user made of a paper: read state, tags, notes, highlights. Only backups carry it into an import. */
public record PersonalData(boolean read, Instant readAt, List<String> tags, String notes, Instant addedAt,
                           List<SourceRef> sources, List<Highlight> highlights) {
    public PersonalData {
        highlights = List.copyOf(highlights == null ? List.of() : highlights);
        tags = List.copyOf(tags == null ? List.of() : tags);
        notes = notes == null ? "" : notes;
        sources = List.copyOf(sources == null ? List.of() : sources);
    }
}

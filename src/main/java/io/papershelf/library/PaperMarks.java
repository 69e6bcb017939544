package io.papershelf.library;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.papershelf.model.TagName;
import io.papershelf.storage.PaperRepository;
import io.papershelf.storage.SearchIndex;
import io.papershelf.storage.TagRepository;

/** What the user makes of papers: read state, notes and tags, each change one transaction. */
final class PaperMarks {
    private final Transactions tx;
    private final Clock clock;
    private final PaperRepository papers;
    private final TagRepository tags;
    private final SearchIndex search;

    PaperMarks(Transactions tx, Clock clock, PaperRepository papers, TagRepository tags, SearchIndex search) {
        this.tx = tx;
        this.clock = clock;
        this.papers = papers;
        this.tags = tags;
        this.search = search;
    }

    void setRead(Collection<Long> ids, boolean read) throws LibraryException {
        Instant now = clock.instant();
        tx.write("mark papers read", () -> papers.setRead(ids, read, now));
    }

    void saveNotes(long id, String notes) throws LibraryException {
        Instant now = clock.instant();
        tx.write("save the note", () -> {
            papers.setNotes(id, notes == null ? "" : notes, now);
            search.reindex(List.of(id));
            return null;
        });
    }

    void addTag(Collection<Long> ids, String tag) throws LibraryException {
        String name = TagName.clean(tag);
        tx.write("add the tag", () -> {
            tags.attach(ids, tags.ensure(name));
            search.reindex(ids);
            return null;
        });
    }

    void removeTag(Collection<Long> ids, String tag) throws LibraryException {
        tx.write("remove the tag", () -> {
            Optional<Long> id = tags.idOf(tag);
            if (id.isPresent()) {
                tags.detach(ids, id.get());
                search.reindex(ids);
            }
            return null;
        });
    }

    void renameTag(String from, String to) throws LibraryException {
        String name = TagName.clean(to);
        tx.write("rename the tag", () -> {
            Optional<Long> source = tags.idOf(from);
            if (source.isEmpty()) {
                return null;
            }
            Optional<Long> target = tags.idOf(name);
            List<Long> affected = tags.papersWith(source.get());
            if (target.isPresent() && !target.get().equals(source.get())) {
                tags.mergeInto(source.get(), target.get());
            } else {
                tags.rename(source.get(), name);
            }
            search.reindex(affected);
            return null;
        });
    }

    void deleteTag(String tag) throws LibraryException {
        tx.write("delete the tag", () -> {
            Optional<Long> id = tags.idOf(tag);
            if (id.isPresent()) {
                search.reindex(tags.delete(id.get()));
            }
            return null;
        });
    }

    void setTagColor(String tag, String color) throws LibraryException {
        String checked = TagColor.clean(color);
        tx.write("colour the tag", () -> {
            Optional<Long> id = tags.idOf(tag);
            if (id.isPresent()) {
                tags.setColor(id.get(), checked);
            }
            return null;
        });
    }
}

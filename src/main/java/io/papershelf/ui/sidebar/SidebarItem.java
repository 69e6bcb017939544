package io.papershelf.ui.sidebar;

import io.papershelf.model.ListingSource;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.ReadState;
import io.papershelf.model.Tag;

/** One line of the sidebar: a fixed view, a tag, an imported listing, or a heading. */
public sealed interface SidebarItem {

    /** The filter the list shows for this item; headings have none. */
    PaperFilter filter();

    String label();

    /** The built-in views, in sidebar order. */
    enum View {
        ALL("All papers", PaperFilter.ALL),
        UNREAD("Unread", PaperFilter.ALL.withReadState(ReadState.UNREAD)),
        READ("Read", PaperFilter.ALL.withReadState(ReadState.READ)),
        HAS_CODE("Has code", new PaperFilter(ReadState.ALL, null, true, false, null, "", false)),
        RECENT("Recently added", new PaperFilter(ReadState.ALL, null, false, true, null, "", false)),
        ANNOTATED("Annotated", PaperFilter.ANNOTATED),
        TRASH("Trash", new PaperFilter(ReadState.ALL, null, false, false, null, "", true));

        final String label;
        final PaperFilter filter;

        View(String label, PaperFilter filter) {
            this.label = label;
            this.filter = filter;
        }
    }

    record Fixed(View view, int count) implements SidebarItem {
        @Override
        public PaperFilter filter() {
            return view.filter;
        }

        @Override
        public String label() {
            return view.label;
        }
    }

    record TagItem(Tag tag) implements SidebarItem {
        @Override
        public PaperFilter filter() {
            return PaperFilter.ALL.withTag(tag.name());
        }

        @Override
        public String label() {
            return tag.name();
        }
    }

    record ListingItem(ListingSource listing) implements SidebarItem {
        @Override
        public PaperFilter filter() {
            return new PaperFilter(ReadState.ALL, null, false, false, listing.id(), "", false);
        }

        @Override
        public String label() {
            return listing.fileName();
        }
    }

    record Heading(String label) implements SidebarItem {
        @Override
        public PaperFilter filter() {
            return null;
        }
    }
}

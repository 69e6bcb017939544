package io.papershelf.ui.sidebar;

import io.papershelf.model.ListingSource;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.ReadState;
import io.papershelf.model.Tag;

/** One line of the sidebar: a fixed view, the statistics, a tag, an imported listing, an organisation, or a heading. */
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

    /** The statistics: the window shows them in place of the list; no filter of its own. */
    record Statistics() implements SidebarItem {
        @Override
        public PaperFilter filter() {
            return null;
        }

        @Override
        public String label() {
            return "Statistics";
        }
    }

    /** The papers of one organisation, chosen from the statistics; shown while it is selected. */
    record OrganizationItem(String name) implements SidebarItem {
        @Override
        public PaperFilter filter() {
            return PaperFilter.ALL.withOrganization(name);
        }

        @Override
        public String label() {
            return name;
        }
    }

    /** Whether "Unread only" narrows this item: not the Read and Unread views (they choose), nor the Trash. */
    static boolean narrowedByUnreadOnly(SidebarItem item) {
        return item.filter() != null && item.filter().readState() == ReadState.ALL && !item.filter().trash();
    }

    record Heading(String label) implements SidebarItem {
        @Override
        public PaperFilter filter() {
            return null;
        }
    }
}

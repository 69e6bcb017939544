package io.papershelf.model;

/**
 * What the list shows: a read state, optionally one tag, papers with code only, papers added recently,
 * papers of one listing file, a free-text query (any text is accepted), and optionally one organisation
 * (exactly as the papers name it).
 */
public record PaperFilter(ReadState readState, String tag, boolean hasCode, boolean recentlyAdded,
                          Long listingId, String query, boolean trash, String organization) {
    public static final PaperFilter ALL = new PaperFilter(ReadState.ALL, null, false, false, null, "", false);

    public PaperFilter {
        readState = readState == null ? ReadState.ALL : readState;
        query = query == null ? "" : query;
    }

    /** A filter of any organisation. */
    public PaperFilter(ReadState readState, String tag, boolean hasCode, boolean recentlyAdded, Long listingId,
                       String query, boolean trash) {
        this(readState, tag, hasCode, recentlyAdded, listingId, query, trash, null);
    }

    public PaperFilter withQuery(String q) {
        return new PaperFilter(readState, tag, hasCode, recentlyAdded, listingId, q, trash, organization);
    }

    public PaperFilter withReadState(ReadState r) {
        return new PaperFilter(r, tag, hasCode, recentlyAdded, listingId, query, trash, organization);
    }

    public PaperFilter withTag(String t) {
        return new PaperFilter(readState, t, hasCode, recentlyAdded, listingId, query, trash, organization);
    }

    public PaperFilter withOrganization(String o) {
        return new PaperFilter(readState, tag, hasCode, recentlyAdded, listingId, query, trash, o);
    }
}

package io.papershelf.model;

/**
 * What the list shows: a read state, optionally one tag, papers with code only, papers added recently,
 * papers of one listing file, and a free-text query (any text is accepted).
 */
public record PaperFilter(ReadState readState, String tag, boolean hasCode, boolean recentlyAdded,
                          Long listingId, String query, boolean trash) {
    public static final PaperFilter ALL = new PaperFilter(ReadState.ALL, null, false, false, null, "", false);

    public PaperFilter {
        readState = readState == null ? ReadState.ALL : readState;
        query = query == null ? "" : query;
    }

    public PaperFilter withQuery(String q) {
        return new PaperFilter(readState, tag, hasCode, recentlyAdded, listingId, q, trash);
    }

    public PaperFilter withReadState(ReadState r) {
        return new PaperFilter(r, tag, hasCode, recentlyAdded, listingId, query, trash);
    }

    public PaperFilter withTag(String t) {
        return new PaperFilter(readState, t, hasCode, recentlyAdded, listingId, query, trash);
    }
}

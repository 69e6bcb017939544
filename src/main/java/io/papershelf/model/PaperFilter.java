package io.papershelf.model;

/**
 * What the list shows: a read state, optionally one tag, papers with code only, papers added recently,
 * papers of one listing file, papers with a note or a highlight, a free-text query (any text is accepted), and
 * optionally one organisation (exactly as the papers name it).
 */
public record PaperFilter(ReadState readState, String tag, boolean hasCode, boolean recentlyAdded,
                          Long listingId, String query, boolean trash, boolean annotated, String organization) {
    public static final PaperFilter ALL = new PaperFilter(ReadState.ALL, null, false, false, null, "", false);
    /** Papers with a note or a highlight. */
    public static final PaperFilter ANNOTATED = ALL.withAnnotated(true);

    public PaperFilter {
        readState = readState == null ? ReadState.ALL : readState;
        query = query == null ? "" : query;
    }

    /** A filter that does not ask for annotations, of any organisation. */
    public PaperFilter(ReadState readState, String tag, boolean hasCode, boolean recentlyAdded, Long listingId,
                       String query, boolean trash) {
        this(readState, tag, hasCode, recentlyAdded, listingId, query, trash, false, null);
    }

    /** A filter of any organisation. */
    public PaperFilter(ReadState readState, String tag, boolean hasCode, boolean recentlyAdded, Long listingId,
                       String query, boolean trash, boolean annotated) {
        this(readState, tag, hasCode, recentlyAdded, listingId, query, trash, annotated, null);
    }

    public PaperFilter withQuery(String q) {
        return new PaperFilter(readState, tag, hasCode, recentlyAdded, listingId, q, trash, annotated, organization);
    }

    public PaperFilter withReadState(ReadState r) {
        return new PaperFilter(r, tag, hasCode, recentlyAdded, listingId, query, trash, annotated, organization);
    }

    public PaperFilter withTag(String t) {
        return new PaperFilter(readState, t, hasCode, recentlyAdded, listingId, query, trash, annotated, organization);
    }

    public PaperFilter withAnnotated(boolean a) {
        return new PaperFilter(readState, tag, hasCode, recentlyAdded, listingId, query, trash, a, organization);
    }

    public PaperFilter withOrganization(String o) {
        return new PaperFilter(readState, tag, hasCode, recentlyAdded, listingId, query, trash, annotated, o);
    }
}

package io.papershelf.listing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.papershelf.model.Bibliographic;
import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;

/**
 * A response of the arXiv API ({@code export.arxiv.org/api/query}): an Atom feed whose entries carry the
 * paper's abs address as {@code <id>}, {@code <title>}, {@code <summary>}, {@code <published>},
 * {@code <author><name>}, {@code <link>}s, {@code arxiv:primary_category}, and where the paper was published,
 * {@code arxiv:doi} and {@code arxiv:journal_ref} (kept as the venue, as written). The XML is parsed by
 * {@link SafeXml}, which refuses DOCTYPEs and external entities.
 */
public final class ArxivAtomListing implements ListingReader {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ARXIV = "http://arxiv.org/schemas/atom";

    @Override
    public String name() {
        return "arXiv API (Atom)";
    }

    @Override
    public boolean accepts(ListingText text) {
        String s = text.text();
        int feed = s.indexOf("<feed");
        return feed >= 0 && s.indexOf(ATOM, feed) >= 0 && s.contains("arxiv.org");
    }

    @Override
    public Listing read(ListingText text, LocalDate fallbackDate) throws ListingException {
        Document doc = SafeXml.parse(text);
        Element feed = doc.getDocumentElement();
        if (!"feed".equals(feed.getLocalName()) || !ATOM.equals(feed.getNamespaceURI())) {
            throw new ListingException(text.fileName(), 0,
                    "the XML is not an Atom feed (its root is <" + feed.getTagName() + ">)");
        }
        List<Integer> entryLines = entryLines(text);
        List<ListingEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int index = 0;
        for (Element e : children(feed, ATOM, "entry")) {
            int line = index < entryLines.size() ? entryLines.get(index) : 0;
            index++;
            String id = childText(e, ATOM, "id");
            Optional<String> arxivId = ArxivIds.fromUrl(id);
            String title = collapse(childText(e, ATOM, "title"));
            if (arxivId.isEmpty()) {
                // The API reports a bad query as an entry whose id is an error address.
                skipped.add("line " + line + ": the entry '" + title + "' is not an arXiv paper ("
                        + collapse(childText(e, ATOM, "summary")) + ")");
            } else if (title.isEmpty()) {
                skipped.add("line " + line + ": arXiv:" + arxivId.get() + " has no title");
            } else if (!seen.add(arxivId.get())) {
                skipped.add("line " + line + ": arXiv:" + arxivId.get() + " is listed a second time");
            } else {
                entries.add(entry(e, arxivId.get(), title, line));
            }
        }
        LocalDate updated = date(childText(feed, ATOM, "updated"));
        return new Listing(text.fileName(), updated != null ? updated : fallbackDate, name(), entries, skipped);
    }

    private static ListingEntry entry(Element e, String arxivId, String title, int line) {
        String summary = collapse(childText(e, ATOM, "summary"));
        List<String> authors = new ArrayList<>();
        for (Element author : children(e, ATOM, "author")) {
            String name = collapse(childText(author, ATOM, "name"));
            if (!name.isEmpty()) {
                authors.add(name);
            }
        }
        Set<String> links = new LinkedHashSet<>();
        for (Element link : children(e, ATOM, "link")) {
            String href = link.getAttribute("href").trim();
            String kind = link.getAttribute("title");
            boolean wanted = link.getAttribute("rel").equals("alternate") || kind.equals("pdf") || kind.equals("doi");
            if (wanted && Links.isWebLink(href)) {
                links.add(href);
            }
        }
        links.addAll(Links.find(childText(e, ARXIV, "comment") + " " + summary));
        List<Element> category = children(e, ARXIV, "primary_category");
        String term = category.isEmpty() ? "" : category.get(0).getAttribute("term").trim();
        List<String> linkList = new ArrayList<>(links);
        return ListingEntry.builder(title)
                .line(line)
                .arxivId(arxivId)
                .abstractText(summary)
                .authors(authors)
                .published(date(childText(e, ATOM, "published")))
                .links(linkList)
                .githubUrls(Links.githubRepositories(linkList))
                .bibliographic(new Bibliographic(collapse(childText(e, ARXIV, "doi")), null,
                        collapse(childText(e, ARXIV, "journal_ref")), null, null, null, null))
                .suggestedTags(term.isEmpty() ? List.of() : List.of(term))
                .build();
    }

    /** The lines the {@code <entry>} elements start on, in order; DOM keeps no line numbers. */
    private static List<Integer> entryLines(ListingText text) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < text.lines().size(); i++) {
            String l = text.lines().get(i);
            int at = l.indexOf("<entry");
            while (at >= 0) {
                char next = at + 6 < l.length() ? l.charAt(at + 6) : ' ';
                if (next == '>' || Character.isWhitespace(next)) {
                    lines.add(i + 1);
                }
                at = l.indexOf("<entry", at + 6);
            }
        }
        return lines;
    }

    private static List<Element> children(Element parent, String ns, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && localName.equals(el.getLocalName()) && ns.equals(el.getNamespaceURI())) {
                out.add(el);
            }
        }
        return out;
    }

    private static String childText(Element parent, String ns, String localName) {
        List<Element> found = children(parent, ns, localName);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }

    /** The API wraps titles and summaries with newlines and indentation; one space each is what they mean. */
    static String collapse(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ");
    }

    /** The day of an Atom timestamp in UTC, which is the day arXiv gives the paper. */
    private static LocalDate date(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp.trim()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

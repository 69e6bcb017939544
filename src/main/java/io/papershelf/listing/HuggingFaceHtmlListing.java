package io.papershelf.listing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;

/**
 * A Hugging Face papers page saved from the browser as HTML. The site embeds its cards as JSON in the
 * {@code data-props} attribute of the element it hydrates: {@code <div data-target="DailyPapers"
 * data-props="{&quot;dailyPapers&quot;:[...]}">}. Every element whose {@code data-target} names papers
 * ({@code DailyPapers}, {@code DailyPapersSearch}...) is read, from its {@code dailyPapers} or
 * {@code papers} array; a single paper's page holds one object with a {@code paper} instead, read as one card.
 * The listing's date is the one the cards carry ({@link HuggingFaceCards#listingDate}), else the fallback. The page is only parsed: nothing it references is fetched, no script runs.
 */
public final class HuggingFaceHtmlListing implements ListingReader {
    private static final Set<String> CARD_ARRAYS = Set.of("dailyPapers", "papers");

    @Override
    public String name() {
        return "Hugging Face HTML page";
    }

    @Override
    public boolean accepts(ListingText text) {
        // The cheap test first: most files of other shapes never reach the HTML parser.
        return text.text().contains("data-props") && (!paperElements(parse(text)).isEmpty() || cutOff(text) > 0);
    }

    /**
     * The line of a papers element that the parser dropped because the file ends inside its tag (HTML
     * discards a tag cut off by the end of the file), else 0. A plain text search: the tag is not
     * there to parse.
     */
    private static int cutOff(ListingText text) {
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("data-target=\"DailyPapers") && lines.get(i).contains("data-props=")) {
                return i + 1;
            }
        }
        return 0;
    }

    @Override
    public Listing read(ListingText text, LocalDate fallbackDate) throws ListingException {
        List<Element> elements = paperElements(parse(text));
        if (elements.isEmpty()) {
            int line = cutOff(text);
            throw new ListingException(text.fileName(), line, line > 0
                    ? "the file ends inside the paper data embedded in the page, so it is cut off; save the page again"
                    : "the page holds no Hugging Face paper data (no data-props on a papers element)");
        }
        SeenCards seen = new SeenCards();
        List<HuggingFaceCards.Located> all = new ArrayList<>();
        List<ListingEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Element element : elements) {
            int propsLine = propsLine(element);
            List<HuggingFaceCards.Located> cards;
            try {
                cards = HuggingFaceCards.locate(element.attr("data-props"), CARD_ARRAYS);
                if (cards.isEmpty()) {
                    cards = singlePaper(element.attr("data-props"));
                }
            } catch (IOException damaged) {
                throw new ListingException(text.fileName(), jsonLine(damaged, propsLine),
                        "the paper data embedded in the page (data-props of the " + element.attr("data-target")
                                + " element) is cut off or is not valid JSON, so no papers were read; "
                                + "save the page from the browser again", damaged);
            }
            entries.addAll(HuggingFaceCards.entries(cards, Math.max(propsLine, 1) - 1, seen, skipped));
            all.addAll(cards);
        }
        if (entries.isEmpty()) {
            throw new ListingException(text.fileName(), propsLine(elements.get(0)),
                    "the page's paper data holds no paper cards, so there is nothing to import");
        }
        LocalDate listed = HuggingFaceCards.listingDate(all);
        return new Listing(text.fileName(), listed != null ? listed : fallbackDate, name(), entries, skipped);
    }

    /**
     * A single paper's page ({@code huggingface.co/papers/<id>}) embeds one object whose {@code paper} is the
     * paper, not an array of cards: that object is the one card.
     */
    private static List<HuggingFaceCards.Located> singlePaper(String props) throws IOException {
        JsonNode root = HuggingFaceCards.JSON.readTree(props);
        if (root != null && root.path("paper").isObject() && root.path("paper").hasNonNull("title")) {
            return List.of(new HuggingFaceCards.Located(root, 1));
        }
        return List.of();
    }

    private static Document parse(ListingText text) {
        // Positions are tracked so that messages and entries can name the line of the embedded data.
        return Jsoup.parse(text.text(), "", Parser.htmlParser().setTrackPosition(true));
    }

    private static List<Element> paperElements(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.select("[data-target][data-props]")) {
            if (e.attr("data-target").toLowerCase(Locale.ROOT).contains("paper")) {
                out.add(e);
            }
        }
        return out;
    }

    /** The line the data-props value starts on, else the element's, else 0 when not tracked. */
    private static int propsLine(Element element) {
        Range value = element.attributes().sourceRange("data-props").valueRange();
        int line = value.isTracked() ? value.start().lineNumber() : element.sourceRange().start().lineNumber();
        return Math.max(line, 0);
    }

    private static int jsonLine(IOException damaged, int propsLine) {
        if (propsLine > 0 && damaged instanceof JsonProcessingException j && j.getLocation() != null
                && j.getLocation().getLineNr() > 0) {
            return propsLine + j.getLocation().getLineNr() - 1;
        }
        return propsLine;
    }
}

package io.papershelf.listing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;

/**
 * A response of the Hugging Face papers API saved to a file: {@code /api/daily_papers} (an array of
 * cards {@code {paper: {...}, numComments, organization}}), {@code /api/papers/search} (an array of
 * cards or of bare paper objects {@code {id, title, summary...}}), or an object with a
 * {@code dailyPapers} array. The Papershelf backup ({@code {"format": "papershelf"}}) is not this shape.
 */
public final class HuggingFaceApiJsonListing implements ListingReader {
    private static final Set<String> CARD_ARRAYS = Set.of("dailyPapers");

    @Override
    public String name() {
        return "Hugging Face API JSON";
    }

    /**
     * Looks at the JSON as a stream, only as far as needed: the first array element, or the top-level
     * fields of an object. A file cut off after that point is still recognised, so that reading it can
     * say what is wrong instead of "unknown shape".
     */
    @Override
    public boolean accepts(ListingText text) {
        String s = text.text().stripLeading();
        if (!(s.startsWith("[") || s.startsWith("{"))) {
            return false;
        }
        boolean dailyPapers = false;
        try (JsonParser p = HuggingFaceCards.JSON.createParser(s)) {
            if (p.nextToken() == JsonToken.START_ARRAY) {
                return p.nextToken() == JsonToken.START_OBJECT && firstElementIsPaper(p);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("format") && value == JsonToken.VALUE_STRING) {
                    return false; // a file that names its own format is someone else's, the backup above all
                }
                dailyPapers |= field.equals("dailyPapers") && value == JsonToken.START_ARRAY;
                p.skipChildren();
            }
            return dailyPapers;
        } catch (IOException damaged) {
            return dailyPapers;
        }
    }

    private static boolean firstElementIsPaper(JsonParser p) {
        boolean arxivId = false;
        boolean title = false;
        boolean paperField = false;
        try {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "paper" -> {
                        if (value == JsonToken.START_OBJECT) {
                            return true;
                        }
                    }
                    case "id" -> arxivId = value == JsonToken.VALUE_STRING
                            && HuggingFaceCards.arxivId(p.getText()) != null;
                    case "title" -> title = value == JsonToken.VALUE_STRING;
                    case "summary", "upvotes", "authors", "publishedAt" -> paperField = true;
                    default -> { }
                }
                if (arxivId && title && paperField) {
                    return true;
                }
                p.skipChildren();
            }
        } catch (IOException damaged) {
            // Judged on what came before the damage.
        }
        return arxivId && title && paperField;
    }

    @Override
    public Listing read(ListingText text, LocalDate fallbackDate) throws ListingException {
        List<HuggingFaceCards.Located> cards;
        try {
            cards = HuggingFaceCards.locate(text.text(), CARD_ARRAYS);
        } catch (IOException damaged) {
            int line = damaged instanceof JsonProcessingException j && j.getLocation() != null
                    ? Math.max(j.getLocation().getLineNr(), 0) : 0;
            throw new ListingException(text.fileName(), line,
                    "the JSON is cut off or damaged here, so no papers were read; save the API response again",
                    damaged);
        }
        List<String> skipped = new ArrayList<>();
        List<ListingEntry> entries = HuggingFaceCards.entries(cards, 0, new SeenCards(), skipped);
        if (entries.isEmpty()) {
            throw new ListingException(text.fileName(), 0,
                    "the JSON holds no paper cards, so there is nothing to import");
        }
        // The day the cards carry, else the fallback (the file's date).
        LocalDate listed = HuggingFaceCards.listingDate(cards);
        return new Listing(text.fileName(), listed != null ? listed : fallbackDate, name(), entries, skipped);
    }
}

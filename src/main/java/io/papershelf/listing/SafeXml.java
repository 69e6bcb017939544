package io.papershelf.listing;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses listing XML with the JDK's parser locked down against XML external entity attacks: no DOCTYPE
 * at all, no external entities or DTDs, secure processing on. A listing file comes from the web, and a
 * DOCTYPE in it could make the parser read local files or fetch addresses; the arXiv API never sends
 * one, so refusing it costs nothing.
 */
final class SafeXml {
    /** The deepest element nesting read; an arXiv API response nests four levels. */
    static final int MAX_DEPTH = 100;
    private static final String MAX_DEPTH_PROPERTY = "jdk.xml.maxElementDepth";

    private SafeXml() {
    }

    /**
     * The document of a listing's text.
     *
     * @throws ListingException naming the file and line when the XML is damaged or declares a DOCTYPE
     */
    static Document parse(ListingText text) throws ListingException {
        int doctype = doctypeLine(text);
        if (doctype > 0) {
            throw new ListingException(text.fileName(), doctype,
                    "the XML declares a DOCTYPE, which Papershelf refuses because it can make the parser read"
                            + " other files; the arXiv API never sends one, so save the API response again");
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            return builder.parse(new InputSource(new StringReader(text.text())));
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("maxElementDepth")) {
                throw new ListingException(text.fileName(), Math.max(e.getLineNumber(), 0), "the XML nests elements "
                        + "more than " + MAX_DEPTH + " deep, which no arXiv API response does, so the file is not read", e);
            }
            throw new ListingException(text.fileName(), Math.max(e.getLineNumber(), 0),
                    "the XML is damaged or cut short (" + e.getMessage() + "); save the API response again", e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ListingException(text.fileName(), 0, "the XML cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Elements nest a few levels in an arXiv response; reading the text of a deeper tree recurses once per
        // level and could exhaust the stack, so the parser refuses more.
        f.setAttribute(MAX_DEPTH_PROPERTY, String.valueOf(MAX_DEPTH));
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /**
     * The 1-based line of the first {@code <!DOCTYPE} in the text, or 0. Checked before parsing so that
     * the message can say why (the parser's own refusal only names a feature URI); the parser settings
     * stay as the real defence.
     */
    private static int doctypeLine(ListingText text) {
        String lower = text.text().toLowerCase(Locale.ROOT);
        int doctype = lower.indexOf("<!doctype");
        if (doctype < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < doctype; i++) {
            if (lower.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Turns warnings and errors into failures instead of letting the parser print them to the console. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}

package io.papershelf.listing;

/**
 * A file that cannot be read as a listing. The message is one sentence a person can act on, naming the
 * file and, where it applies, the line.
 */
public class ListingException extends Exception {
    private final String fileName;
    private final int line;

    public ListingException(String fileName, int line, String problem) {
        super(sentence(fileName, line, problem));
        this.fileName = fileName;
        this.line = line;
    }

    public ListingException(String fileName, int line, String problem, Throwable cause) {
        super(sentence(fileName, line, problem), cause);
        this.fileName = fileName;
        this.line = line;
    }

    private static String sentence(String fileName, int line, String problem) {
        String where = line > 0 ? fileName + ", line " + line : fileName;
        String text = where + ": " + problem;
        return text.endsWith(".") ? text : text + ".";
    }

    public String fileName() {
        return fileName;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}

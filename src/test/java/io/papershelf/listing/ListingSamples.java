package io.papershelf.listing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample listing files of src/test/resources/listings, read from the classpath. */
final class ListingSamples {
    private ListingSamples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = ListingSamples.class.getResourceAsStream("/listings/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String string(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static ListingText text(String name) {
        try {
            return ListingText.decode(name, bytes(name));
        } catch (ListingException e) {
            throw new IllegalStateException(e);
        }
    }
}

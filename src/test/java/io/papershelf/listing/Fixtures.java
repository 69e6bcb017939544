package io.papershelf.listing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample listing files under src/test/resources/listings. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/listings/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ListingText text(String name) throws ListingException {
        return ListingText.decode(name, bytes(name));
    }
}

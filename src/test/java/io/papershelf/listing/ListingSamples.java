package io.papershelf.listing;

import io.papershelf.TestFiles;

/** The sample listing files of src/test/resources/listings, decoded the way an import decodes them. */
final class ListingSamples {
    private ListingSamples() {
    }

    static byte[] bytes(String name) {
        return TestFiles.bytes(name);
    }

    static String string(String name) {
        return TestFiles.text(name);
    }

    static ListingText text(String name) {
        try {
            return ListingText.decode(name, bytes(name));
        } catch (ListingException e) {
            throw new IllegalStateException(e);
        }
    }
}

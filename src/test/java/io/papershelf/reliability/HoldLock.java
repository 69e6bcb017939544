package io.papershelf.reliability;

import java.nio.file.Path;

import io.papershelf.library.LibraryLock;

/** A second process that holds a library's lock, as another window would, until it is killed. */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        try (LibraryLock lock = LibraryLock.acquire(Path.of(args[0]))) {
            System.out.println("locked " + lock.file());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}

package io.papershelf.library;

import java.nio.file.Path;
import java.sql.SQLException;

import io.papershelf.storage.Database;
import io.papershelf.storage.Snapshots;

/**
 * How the library's parts talk to the file: a read, a read of several statements that must see one state of
 * the file, or a change that lands whole or not at all. SQL errors become one sentence naming the library,
 * saying that nothing was changed, and how to get a damaged file back.
 */
final class Transactions {
    /** Work that may fail with an SQL error. */
    @FunctionalInterface
    interface Query<T> {
        T run() throws SQLException;
    }

    private final Database db;

    Transactions(Database db) {
        this.db = db;
    }

    Path file() {
        return db.file();
    }

    /** One statement, or several that need not agree with each other. */
    <T> T query(Query<T> q) throws LibraryException {
        try {
            return q.run();
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** A query of several statements that must see one state of the file (another process may write). */
    <T> T snapshot(Query<T> q) throws LibraryException {
        try {
            return db.inTransaction(c -> q.run());
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** A change, all of it or none of it; {@code what} completes "Could not ..." ("save the note"). */
    <T> T write(String what, Query<T> work) throws LibraryException {
        try {
            return db.inTransaction(c -> work.run());
        } catch (SQLException e) {
            throw new LibraryException("Could not " + what + " in the library " + file() + " (" + reason(e)
                    + "); nothing was changed" + damageAdvice(e) + ".", e);
        }
    }

    /** A large change (an import), all of it or none of it, with a larger page cache meanwhile. */
    <T> T writeBulk(String what, Query<T> work) throws LibraryException {
        try {
            return db.inBulkTransaction(c -> work.run());
        } catch (SQLException e) {
            throw new LibraryException("Could not " + what + " in the library " + file() + " (" + reason(e)
                    + "); nothing was changed" + damageAdvice(e) + ".", e);
        }
    }

    private LibraryException readFailure(SQLException e) {
        return new LibraryException("Could not read the library " + file() + " (" + reason(e) + ")"
                + damageAdvice(e) + ".", e);
    }

    /** A damaged file found while working: say how to get the last good copy back. */
    private static String damageAdvice(SQLException e) {
        return Snapshots.isDamage(e) ? "; the file is damaged: File > Restore from backup… (or the command "
                + "papershelf restore) puts back the latest automatic backup" : "";
    }

    private static String reason(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).trim();
    }
}

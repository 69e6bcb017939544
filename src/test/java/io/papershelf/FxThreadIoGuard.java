package io.papershelf;

import java.io.FilePermission;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.security.Permission;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails any test during which the FX thread touched the library or a test's files: every SQL statement (the SQLite
 * driver is wrapped, so a connection, a statement and its execution count) and every file read, written, listed or
 * looked at under a test's temporary folders (where the libraries, settings, backups and locks of the tests live),
 * found through a permissive security manager that only watches. Registered for every test of the build
 * ({@code META-INF/services}, {@code junit-platform.properties}); {@code FxThreadIoGuardTest} shows it failing.
 *
 * <p>A violation is recorded with its stack, not thrown: code that catches exceptions (a preference that cannot be
 * read gives its default) would swallow it. The test fails after its own {@code @AfterEach}, so a window's close
 * counts too.
 */
public final class FxThreadIoGuard implements BeforeEachCallback, AfterEachCallback {
    static final String FX_THREAD = "JavaFX Application Thread";
    private static final Set<String> HARMLESS = Set.of("isClosed", "isWrapperFor", "unwrap", "toString", "hashCode",
            "equals", "getConnection");
    private static final List<Throwable> VIOLATIONS = new ArrayList<>();
    private static final String WATCHED = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()
            .resolve("junit").toString();
    private static boolean installed;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        install();
        taken();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Throwable> found = taken();
        if (!found.isEmpty()) {
            AssertionError e = new AssertionError("The FX thread did library or file work " + found.size()
                    + " time(s); the first: " + found.get(0).getMessage(), found.get(0));
            found.stream().skip(1).limit(4).forEach(e::addSuppressed);
            throw e;
        }
    }

    /** The violations since the last call, cleared (the guard's own test). */
    static synchronized List<Throwable> taken() {
        List<Throwable> out = List.copyOf(VIOLATIONS);
        VIOLATIONS.clear();
        return out;
    }

    private static synchronized void record(String what) {
        VIOLATIONS.add(new Throwable(what + " on the FX thread"));
    }

    static boolean onFxThread() {
        return FX_THREAD.equals(Thread.currentThread().getName());
    }

    private static synchronized void install() throws SQLException {
        if (installed) {
            return;
        }
        installed = true;
        Driver sqlite = DriverManager.getDriver("jdbc:sqlite:");
        DriverManager.deregisterDriver(sqlite);
        DriverManager.registerDriver(new Guarded(sqlite));
        ForkJoinPool.commonPool(); // made before the manager, so that its threads are the ordinary ones
        System.setSecurityManager(new Watcher());
    }

    /** Allows everything; notes file access by the FX thread under the tests' temporary folders. */
    @SuppressWarnings("removal")
    private static final class Watcher extends SecurityManager {
        @Override
        public void checkPermission(Permission p) {
            if (p instanceof FilePermission && onFxThread() && p.getName().startsWith(WATCHED)) {
                record("File work (" + p.getActions() + ") on " + p.getName());
            }
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            checkPermission(p);
        }
    }

    /** The SQLite driver, its connections and statements noting every use by the FX thread. */
    private record Guarded(Driver sqlite) implements Driver {
        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            if (!acceptsURL(url)) {
                return null;
            }
            if (onFxThread()) {
                record("Opening " + url);
            }
            return watch(Connection.class, sqlite.connect(url, info), url);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return sqlite.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return sqlite.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return sqlite.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return sqlite.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return sqlite.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return sqlite.getParentLogger();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T watch(Class<T> type, T target, String url) {
        InvocationHandler h = (proxy, method, args) -> invoke(target, method, args, url);
        Set<Class<?>> types = new java.util.LinkedHashSet<>(List.of(type));
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().startsWith("java.sql.")) {
                    types.add(i);
                }
            }
        }
        return (T) Proxy.newProxyInstance(FxThreadIoGuard.class.getClassLoader(), types.toArray(Class<?>[]::new), h);
    }

    private static Object invoke(Object target, Method method, Object[] args, String url) throws Throwable {
        if (onFxThread() && !HARMLESS.contains(method.getName())) {
            record("SQL (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ") on " + url);
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (result instanceof Statement s && !(result instanceof Proxy)) {
            Class<? extends Statement> type = s instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class
                    : Statement.class;
            return watch((Class<Statement>) type, s, url);
        }
        return result;
    }
}

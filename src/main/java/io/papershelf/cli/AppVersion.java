package io.papershelf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/** The version from pom.xml, written into {@code papershelf-version.properties} at build time. */
public final class AppVersion implements CommandLine.IVersionProvider {

    public static String version() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/papershelf-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Papershelf " + version()};
    }
}

package io.papershelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StartupProbeTest {
    /**
     * The probe's times are since the process started: not before the JVM's own start (its uptime), and not much
     * after it (the launcher creates the JVM within a few tens of ms). ProcessHandle's start instant, used before,
     * was up to a second late: its boot time is rounded to the second.
     */
    @Test
    void timesFromTheProcessStartToWithinTensOfMilliseconds() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "reads /proc on Linux; elsewhere ProcessHandle");
        long before = ManagementFactory.getRuntimeMXBean().getUptime();
        long since = StartupProbe.millisSinceStart();
        long after = ManagementFactory.getRuntimeMXBean().getUptime();

        assertThat(since).isGreaterThanOrEqualTo(before - 20) // /proc counts in 10 ms ticks
                .isLessThanOrEqualTo(after + 400);
    }
}

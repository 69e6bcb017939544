package io.papershelf.app;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * Logging, configured in code (found by logback through {@code META-INF/services}): parsing an XML
 * configuration cost a fresh JVM about 150 ms of every start, window or command line. Papershelf logs to
 * {@code papershelf.log} in the folder {@code papershelf.logdir} names (the data folder's {@code logs/}; the entry
 * point sets it), never to the console, which belongs to the command line's results. The file is opened at the
 * first message; at 5 MB it rolls over, and five old ones are kept.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        LazyFile appender = new LazyFile();
        appender.setContext(context);
        appender.setName("FILE");
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The log file, opened at the first message: a command that logs nothing (most do not) never pays for the
     * encoder, the rolling policy and the file.
     */
    static final class LazyFile extends UnsynchronizedAppenderBase<ILoggingEvent> {
        private volatile RollingFileAppender<ILoggingEvent> file;

        @Override
        protected void append(ILoggingEvent event) {
            RollingFileAppender<ILoggingEvent> f = file;
            if (f == null) {
                synchronized (this) {
                    if (file == null) {
                        file = open((LoggerContext) getContext());
                    }
                    f = file;
                }
            }
            f.doAppend(event);
        }

        @Override
        public void stop() {
            RollingFileAppender<ILoggingEvent> f = file;
            if (f != null) {
                f.stop();
            }
            super.stop();
        }
    }

    static RollingFileAppender<ILoggingEvent> open(LoggerContext context) {
        String dir = System.getProperty("papershelf.logdir",
                Path.of(System.getProperty("java.io.tmpdir"), "papershelf-logs").toString());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE-OPEN");
        appender.setFile(Path.of(dir, "papershelf.log").toString());
        appender.setEncoder(encoder);
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(Path.of(dir, "papershelf.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        return appender;
    }
}

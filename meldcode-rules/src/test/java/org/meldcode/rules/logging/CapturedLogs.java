package org.meldcode.rules.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J backend of this module's tests: it records every log line of every level, of the
 * library and of Drools, while a test captures, so that the test can check what was logged. Out
 * of capture it passes warnings and errors to standard error and drops the rest.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

    private static volatile boolean capturing;
    /** The distinct lines recorded (Drools' trace repeats itself a lot), and how many there were in all. */
    private static final Set<String> LINES = ConcurrentHashMap.newKeySet();

    private static final AtomicLong COUNT = new AtomicLong();

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, CapturingLogger::new);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]+");

    /**
     * A line with every run of digits replaced by {@code #}: Drools' trace repeats the same lines
     * with other moments and sequence numbers, and keeping each of them would hold millions of
     * lines. A text found in a line is found in its normalised form when it is normalised the same
     * way, so a check for pupil data loses nothing (it may only match more).
     */
    public static String normalised(String line) {
        return DIGITS.matcher(line).replaceAll("#");
    }

    /** Starts recording every log line, of every level. */
    public static void start() {
        LINES.clear();
        COUNT.set(0);
        capturing = true;
    }

    /** Stops recording and returns the distinct lines recorded, {@link #normalised normalised}. */
    public static List<String> stop() {
        capturing = false;
        return new ArrayList<>(LINES);
    }

    /** How many lines were recorded in all, repeats included. */
    public static long count() {
        return COUNT.get();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {}

    private static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        private boolean on(Level level) {
            return capturing || level.toInt() >= Level.WARN.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return on(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return on(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return on(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(
                Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
            String line = level + " " + name + " - "
                    + MessageFormatter.basicArrayFormat(messagePattern, arguments)
                    + (throwable == null ? "" : " " + throwable);
            if (capturing) {
                COUNT.incrementAndGet();
                LINES.add(normalised(line));
            } else if (level.toInt() >= Level.WARN.toInt()) {
                System.err.println(line);
            }
        }
    }
}

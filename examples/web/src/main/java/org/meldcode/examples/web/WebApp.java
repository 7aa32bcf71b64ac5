package org.meldcode.examples.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.IbNotification;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.rules.MeldcodeRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding example: a small web application for one fictional school, on the JDK's own HTTP
 * server, storing cases through JDBC in H2 (a file under the data directory) or PostgreSQL.
 *
 * <pre>
 * java -jar examples/web/target/meldcode-web.jar [--port 8080] [--host 127.0.0.1]
 *                                                [--data ./meldcode-data] [--db JDBC-URL]
 * </pre>
 *
 * <p>A fresh database gets one demo case. The server listens on the loopback address unless told
 * otherwise: the example has no login (choosing who you are on the page stands in for it).
 */
public final class WebApp implements AutoCloseable {

    /** The id of the demo case a fresh database gets. */
    public static final String DEMO_CASE = "casus-demo";

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private final HttpServer server;
    private final ExecutorService threads;

    private WebApp(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * How to run the application.
     *
     * @param host  the address to listen on
     * @param port  the port (0: any free port)
     * @param dbUrl the JDBC URL of the database
     */
    public record Options(String host, int port, String dbUrl) {

        /** H2 in file mode under the directory. */
        public static String h2(Path dataDir) {
            return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("meldcode") + ";LOCK_TIMEOUT=10000";
        }

        /**
         * Reads the command line.
         *
         * @throws IllegalArgumentException with a one-line message when an option is wrong
         */
        public static Options parse(String... args) {
            String host = "127.0.0.1";
            int port = 8080;
            Path data = Path.of("meldcode-data");
            String db = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    throw new IllegalArgumentException(
                            "usage: java -jar meldcode-web.jar [--port 8080] [--host 127.0.0.1] [--data DIR] [--db JDBC-URL]");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + ": a value is missing (try --help)");
                }
                String v = args[++i];
                switch (a) {
                    case "--port" -> {
                        try {
                            port = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            port = -1;
                        }
                        if (port < 0 || port > 65535) {
                            throw new IllegalArgumentException("--port: expected 0 to 65535, found '" + v + "'");
                        }
                    }
                    case "--host" -> host = v;
                    case "--data" -> data = Path.of(v);
                    case "--db" -> db = v;
                    default -> throw new IllegalArgumentException(a + ": unknown option (try --help)");
                }
            }
            return new Options(host, port, db != null ? db : h2(data));
        }
    }

    /** Starts the application; prints where it listens. Exit code 2 on a wrong option. */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.dbUrl().startsWith("jdbc:h2:file:")) {
            try {
                Files.createDirectories(Path.of(options.dbUrl()
                                .substring("jdbc:h2:file:".length())
                                .split(";")[0])
                        .getParent());
            } catch (IOException e) {
                System.err.println("cannot create the data directory: " + e.getMessage());
                System.exit(2);
                return;
            }
        }
        WebApp app = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        System.out.println("meldcode web example: http://" + options.host() + ":" + app.port() + "/");
    }

    /**
     * Starts the application: prepares the database, seeds the demo case into an empty one, and
     * listens.
     *
     * @param options where to listen and which database to use
     * @return the running application; {@link #close()} stops it
     */
    public static WebApp start(Options options) {
        School school = School.fictional();
        MeldcodeEngine engine =
                MeldcodeRules.builder().knownNames(school.knownNames()).build();
        CaseStore store = new CaseStore(options.dbUrl());
        if (store.list().isEmpty()) {
            seed(engine, store, school);
        } else {
            engine.guide(Case.open("warm-up", "warm-up", ProtocolRef.STAPPENPLAN_2021)); // builds the rule base
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
            server.createContext("/", new Api(engine, store, views(school), school));
            server.setExecutor(threads);
            server.start();
            LOG.info("listening on {}:{}", options.host(), server.getAddress().getPort());
            return new WebApp(server, threads);
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + options.host() + ":" + options.port(), e);
        }
    }

    /** The renderers of the dossier, the diagram and the timeline: the library's, for this school. */
    static CaseViews views(School school) {
        return new RenderedCaseViews(school.knownNames());
    }

    /** The port the application listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening and ends the worker threads. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The demo case: a teacher's logbook entry and the IB informed, a little while ago. */
    static void seed(MeldcodeEngine engine, CaseStore store, School school) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant logged = now.minus(2, ChronoUnit.HOURS);
        var teacher = school.first(Role.TEACHER);
        Case c = Case.open(DEMO_CASE, "leerling-7c2e", ProtocolRef.STAPPENPLAN_2021);
        Action[] actions = {
            new LogEntry(
                    logged,
                    teacher,
                    logged.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1),
                    Signal.INJURY,
                    Source.OWN_OBSERVATION,
                    "Blauwe plek van ongeveer 3 cm op de rechteronderarm, gezien bij binnenkomst.",
                    false),
            new IbNotification(logged.plus(20, ChronoUnit.MINUTES), teacher)
        };
        for (Action a : actions) {
            Result r = engine.apply(c, a);
            if (!r.permitted()) {
                throw new IllegalStateException(
                        "the demo case is refused: " + r.ruling().clauseIds());
            }
            c = r.caseFile();
        }
        store.create(c);
        LOG.info("seeded demo case {} ({} events)", c.id(), c.size());
    }
}

package org.meldcode.examples.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.AbstractProtocol;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Result;
import org.meldcode.json.MeldcodeJsonModule;
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
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;

/**
 * The embedding example: a small web application for one fictional school on Spring Boot, storing
 * cases through Spring's JDBC support in H2 (a file under the data directory) or PostgreSQL.
 *
 * <pre>
 * java -jar examples/web/target/meldcode-web.jar [--port 8080] [--host 127.0.0.1]
 *                                                [--data ./meldcode-data] [--db JDBC-URL]
 * </pre>
 *
 * <p>The options become Spring properties ({@code server.port}, {@code server.address},
 * {@code spring.datasource.url}); {@code application.properties} holds the rest. At start-up the
 * schema is migrated (Flyway), the rules of both protocols are built, and a fresh database gets
 * one demo case; then it prints {@code meldcode web example: http://HOST:PORT/}. The server
 * listens on the loopback address unless told otherwise: the example has no login (choosing who
 * you are on the page stands in for it).
 */
@SpringBootApplication
public class WebApp {

    /** The id of the demo case a fresh database gets. */
    public static final String DEMO_CASE = "casus-demo";

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /**
     * How to run the application.
     *
     * @param host  the address to listen on
     * @param port  the port (0: any free port)
     * @param dbUrl the JDBC URL of the database
     */
    public record Options(String host, int port, String dbUrl) {

        /** The settings of every H2 URL the example makes: a lock waited for, no write delay. */
        static final String H2_SETTINGS = ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;REUSE_SPACE=FALSE";

        static final String USAGE =
                "usage: java -jar meldcode-web.jar [--port 8080] [--host 127.0.0.1] [--data DIR] [--db JDBC-URL]";

        /**
         * H2 in file mode under the directory. {@code WRITE_DELAY=0}: each commit is written to the
         * file before the commit returns (H2's default writes up to half a second later).
         * {@code REUSE_SPACE=FALSE}: new data is appended to the file, never written over the space
         * of old data; with space reused, a process killed mid-write came back several commits
         * older. Together (with one writer at a time, {@code CaseStore}) what the server answered
         * survived the process being killed in every crash round since (CrashTest). The same holds
         * for the refused attempts, commits on the same database. The file grows until H2 compacts
         * it on a clean shutdown.
         */
        public static String h2(Path dataDir) {
            return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("meldcode") + H2_SETTINGS;
        }

        /**
         * Reads the command line.
         *
         * @return empty for {@code --help}
         * @throws IllegalArgumentException with a one-line message when an option is wrong
         */
        public static java.util.Optional<Options> parse(String... args) {
            String host = "127.0.0.1";
            int port = 8080;
            Path data = Path.of("meldcode-data");
            String db = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    return java.util.Optional.empty();
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
            return java.util.Optional.of(new Options(host, port, db != null ? durable(db) : h2(data)));
        }

        /**
         * An H2 file URL given with {@code --db} gets {@code WRITE_DELAY=0} and
         * {@code REUSE_SPACE=FALSE} (see {@link #h2}) unless it sets them itself.
         */
        static String durable(String dbUrl) {
            if (!dbUrl.startsWith("jdbc:h2:file:")) {
                return dbUrl;
            }
            String upper = dbUrl.toUpperCase(Locale.ROOT);
            return dbUrl
                    + (upper.contains("WRITE_DELAY") ? "" : ";WRITE_DELAY=0")
                    + (upper.contains("REUSE_SPACE") ? "" : ";REUSE_SPACE=FALSE");
        }

        /** The options as Spring Boot's command-line properties (which rank above every other source). */
        String[] springArgs() {
            List<String> out = new ArrayList<>();
            out.add("--server.address=" + host);
            out.add("--server.port=" + port);
            out.add("--spring.datasource.url=" + dbUrl);
            return out.toArray(String[]::new);
        }
    }

    /** Starts the application; prints where it listens. Exit code 0 for --help, 2 on a wrong option. */
    public static void main(String[] args) {
        Options options;
        try {
            java.util.Optional<Options> parsed = Options.parse(args);
            if (parsed.isEmpty()) {
                System.out.println(Options.USAGE);
                return;
            }
            options = parsed.get();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ConfigurableApplicationContext app;
        try {
            app = start(options);
        } catch (IOException e) {
            System.err.println("cannot create the data directory: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("meldcode web example: http://" + options.host() + ":" + port(app) + "/");
    }

    /**
     * Starts the application: migrates the database, builds the rules, seeds the demo case into an
     * empty database, and listens.
     *
     * @param options where to listen and which database to use
     * @return the running application; {@code close()} stops it
     * @throws IOException when the directory of an H2 database cannot be made
     */
    public static ConfigurableApplicationContext start(Options options) throws IOException {
        if (options.dbUrl().startsWith("jdbc:h2:file:")) {
            Path file =
                    Path.of(options.dbUrl().substring("jdbc:h2:file:".length()).split(";")[0]);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        }
        return SpringApplication.run(WebApp.class, options.springArgs());
    }

    /** The port the running application listens on. */
    public static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** The fictional school: its staff and the names the dossier must not show. */
    @Bean
    School school() {
        return School.fictional();
    }

    /**
     * The engine, its rules built for both protocols before the first request is served (so no
     * person waits for them): {@link MeldcodeRules#preload} builds them at start-up.
     */
    @Bean
    MeldcodeEngine engine(School school) {
        long start = System.nanoTime();
        MeldcodeRules.preload(ProtocolRef.STAPPENPLAN_2021, ProtocolRef.LANDELIJK_2019);
        LOG.info("rules of 2 protocols built in {} ms", (System.nanoTime() - start) / 1_000_000);
        return MeldcodeRules.builder()
                .knownNames(school.knownNames())
                .settings(school.settings())
                .build();
    }

    /** The renderers of the dossier, the diagram and the timeline: the library's, for this school. */
    @Bean
    CaseViews views(School school) {
        return new RenderedCaseViews(school.knownNames());
    }

    /**
     * Spring's JSON mapper reads and writes cases and actions in the library's format, and refuses a
     * key given twice in one object (as the library's readers do): {@code "text": "Shown", "text":
     * "Stored"} is a 400, not the second text stored. Bodies are UTF-8 or refused ({@link StrictBodies}).
     */
    @Bean
    JsonMapperBuilderCustomizer meldcodeJson() {
        return builder ->
                builder.addModule(new MeldcodeJsonModule()).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * How long a connection may take to send its request line and headers (and how long an idle
     * kept-alive connection is held): then Tomcat closes it. Tomcat's default is a minute.
     */
    static final Duration HEADER_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Tomcat: a connection that does not finish its headers within {@link #HEADER_TIMEOUT} is
     * closed, so clients that send a request line and nothing more cannot hold the server (the
     * slow-client test of HostileRequestsTest); and the errors Tomcat answers itself, before Spring
     * (a path with a broken percent escape), are problem documents too ({@link ProblemValve}, in
     * place of the HTML error page of Boot's {@link ErrorReportValve}).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcat() {
        return factory -> {
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                    protocol.setConnectionTimeout((int) HEADER_TIMEOUT.toMillis());
                    protocol.setKeepAliveTimeout((int) HEADER_TIMEOUT.toMillis());
                }
            });
            factory.addContextCustomizers(context -> {
                Pipeline host = context.getParent().getPipeline();
                for (Valve valve : host.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.removeValve(valve);
                    }
                }
                host.addValve(new ProblemValve());
                if (context.getParent() instanceof StandardHost standard) { // else it adds Tomcat's own at start
                    standard.setErrorReportValveClass(ProblemValve.class.getName());
                }
            });
        };
    }

    /** Bounded reads: no deep nesting, no huge strings, no document larger than a request may be. */
    @Bean
    JsonFactoryBuilderCustomizer boundedJson() {
        return builder -> builder.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(100_000)
                .maxDocumentLength(Api.MAX_BODY)
                .build());
    }

    /** The schema's migrations, and how a database from before them is adopted (CaseStore). */
    @Bean
    FlywayConfigurationCustomizer migrations() {
        return CaseStore::migrations;
    }

    /** The language of an answer: {@code ?lang=en}, else the {@code Accept-Language}; Dutch by default. */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                String lang = request.getParameter("lang");
                return Texts.locale(lang != null ? lang : request.getHeader("Accept-Language"));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language is chosen per request");
            }
        };
    }

    /** A request body larger than {@link Api#MAX_BODY} is refused (413) before it is read. */
    @Bean
    WebMvcConfigurer bodyLimit() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if (request.getContentLengthLong() > Api.MAX_BODY) {
                            throw new Problem(
                                    413,
                                    "too-large",
                                    Texts.get(
                                            Texts.locale(request.getParameter("lang")),
                                            "problem.too-large.detail",
                                            Api.MAX_BODY));
                        }
                        return true;
                    }
                });
            }
        };
    }

    /** A fresh database gets the demo case. */
    @Bean
    ApplicationRunner seedDemoCase(MeldcodeEngine engine, CaseStore store, School school) {
        return args -> {
            if (store.list().isEmpty()) {
                seed(engine, store, school);
            }
        };
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

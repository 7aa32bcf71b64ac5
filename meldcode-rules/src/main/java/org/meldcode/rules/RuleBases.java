package org.meldcode.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.meldcode.model.ProtocolRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge bases, one per protocol, built once from the executable model that the
 * kie-maven-plugin generated at build time and shared by every engine and thread.
 *
 * <p>A protocol's knowledge base holds the rules of the shared packages
 * {@code org.meldcode.rules.common} and {@code org.meldcode.rules.staffroute} (the
 * staff route), {@code org.meldcode.rules.acuteroute} (the acute route) and of its own package {@code org.meldcode.rules.<id>}. No
 * {@code kmodule.xml} is parsed and nothing is compiled at run time: the generated model classes
 * are listed by the plugin in {@link #MODEL_LISTING} (their names change with every build, so
 * they are never looked up by name).
 */
final class RuleBases {

    /** Where the kie-maven-plugin lists the generated model classes of this module. */
    static final String MODEL_LISTING = "META-INF/kie/org.meldcode/meldcode-rules/drools-model";

    /** The package of the rules every protocol shares. */
    static final String COMMON_PACKAGE = "org.meldcode.rules.common";

    /** The package of the staff-perpetrator route, which every protocol has (clauses SR-*). */
    static final String STAFF_ROUTE_PACKAGE = "org.meldcode.rules.staffroute";

    /** The package of the acute route, which every protocol has (clauses AR-*). */
    static final String ACUTE_ROUTE_PACKAGE = "org.meldcode.rules.acuteroute";

    private static final Logger LOG = LoggerFactory.getLogger(RuleBases.class);
    private static final Map<ProtocolRef, KieBase> BASES = new ConcurrentHashMap<>();
    private static final Map<ProtocolRef, KieSessionsPool> POOLS = new ConcurrentHashMap<>();
    private static final Map<ProtocolRef, AtomicInteger> BUILDS = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong SESSIONS = new java.util.concurrent.atomic.AtomicLong();

    private RuleBases() {}

    /** The package that holds a protocol's own rules. */
    static String packageOf(ProtocolRef protocol) {
        return "org.meldcode.rules." + protocol.id();
    }

    /**
     * The knowledge base of a protocol, built on first use.
     *
     * @throws IllegalStateException when the generated model is missing
     */
    static KieBase of(ProtocolRef protocol) {
        return BASES.computeIfAbsent(protocol, RuleBases::build);
    }

    /**
     * A session on the protocol's knowledge base, from a pool shared by all threads: disposing it
     * resets it and hands it back, which is cheaper than building a new one per ruling.
     */
    static KieSession newSession(ProtocolRef protocol) {
        SESSIONS.incrementAndGet();
        return POOLS.computeIfAbsent(protocol, p -> of(p).newKieSessionsPool(4)).newKieSession();
    }

    /**
     * Builds the knowledge base of a protocol and its session pool now, unless that was done
     * before; later calls find both ready.
     *
     * @throws IllegalStateException when the generated model is missing
     */
    static void preload(ProtocolRef protocol) {
        newSession(protocol).dispose();
    }

    /**
     * How many sessions this JVM has opened on any protocol (for tests that count the work a call
     * does, such as one session for a whole migration instead of one per event).
     */
    static long sessionsOpened() {
        return SESSIONS.get();
    }

    /** How often the knowledge base of a protocol was built in this JVM (0 or 1; for tests). */
    static int buildsOf(ProtocolRef protocol) {
        AtomicInteger count = BUILDS.get(protocol);
        return count == null ? 0 : count.get();
    }

    private static KieBase build(ProtocolRef protocol) {
        long start = System.nanoTime();
        BUILDS.computeIfAbsent(protocol, p -> new AtomicInteger()).incrementAndGet();
        String own = packageOf(protocol);
        List<Model> selected = new ArrayList<>();
        for (Model m : Models.ALL) {
            if (m.getPackageName().equals(COMMON_PACKAGE)
                    || m.getPackageName().equals(STAFF_ROUTE_PACKAGE)
                    || m.getPackageName().equals(ACUTE_ROUTE_PACKAGE)
                    || m.getPackageName().equals(own)) {
                selected.add(m);
            }
        }
        if (selected.stream().noneMatch(m -> m.getPackageName().equals(own))) {
            throw new IllegalStateException("no compiled rules for protocol " + protocol + " (package " + own + ")");
        }
        KieBase base = KieBaseBuilder.createKieBaseFromModel(selected);
        if (LOG.isInfoEnabled()) {
            LOG.info(
                    "built rule base for {} from {} packages in {} ms",
                    protocol,
                    selected.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return base;
    }

    /** The generated model classes, loaded once. */
    private static final class Models {
        static final List<Model> ALL = load();

        private static List<Model> load() {
            ClassLoader loader = RuleBases.class.getClassLoader();
            List<Model> models = new ArrayList<>();
            try (InputStream in = loader.getResourceAsStream(MODEL_LISTING)) {
                if (in == null) {
                    throw new IllegalStateException(
                            MODEL_LISTING + " is missing: the rules were not compiled by kie-maven-plugin");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String name = line.strip();
                    if (name.isEmpty() || name.contains(":")) {
                        continue; // the version header
                    }
                    models.add((Model) Class.forName(name, true, loader)
                            .getDeclaredConstructor()
                            .newInstance());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + MODEL_LISTING, e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load a generated rule model", e);
            }
            return List.copyOf(models);
        }
    }
}

package org.meldcode.rules;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.meldcode.settings.SchoolSettings;

/**
 * Builds the {@link MeldcodeEngine} that enforces the protocols' clauses with Drools rules.
 *
 * <pre>{@code
 * MeldcodeEngine engine = MeldcodeRules.engine();           // once, shared by all threads
 * Result result = engine.apply(caseFile, new IbNotification(now, teacher));
 * }</pre>
 *
 * <p>The rules are compiled at build time; a protocol's knowledge base is built on first use
 * (a few hundred milliseconds), or at start-up with {@link #preload}, and shared by every engine
 * in the JVM.
 */
public final class MeldcodeRules {

    private MeldcodeRules() {}

    /** An engine with the default settings: no list of known names. */
    public static MeldcodeEngine engine() {
        return DEFAULT;
    }

    /**
     * An engine for a school that knows the given names: a logbook entry that mentions one is
     * refused (such as a scenario's {@code Scenario.knownNames()}).
     *
     * @param knownNames the names the logbook must not contain
     * @return the engine; the default engine for {@link KnownNames#NONE}
     */
    public static MeldcodeEngine forSchool(KnownNames knownNames) {
        Objects.requireNonNull(knownNames, "knownNames");
        return knownNames == KnownNames.NONE
                ? DEFAULT
                : builder().knownNames(knownNames).build();
    }

    /**
     * An engine for a school's settings ({@code SettingsFiles.read(path)}): whether the teacher may
     * join the conversation with the parents, who may skip step 3, and the deadlines that guidance
     * with a clock ({@link MeldcodeEngine#guide(org.meldcode.model.Case, java.time.Instant)}) checks.
     *
     * @param settings the school's settings
     * @return the engine; the default engine for {@link SchoolSettings#DEFAULTS}
     */
    public static MeldcodeEngine forSchool(SchoolSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return settings.isDefault() ? DEFAULT : builder().settings(settings).build();
    }

    /**
     * Builds the knowledge bases of the given protocols now rather than on first use, so that the
     * first ruling a host asks for does not pay for them (call it at start-up). Each knowledge
     * base is built once per JVM and shared by every engine; preloading a protocol that is already
     * built does nothing.
     *
     * @param protocols the protocols to build; none means every known protocol
     *                  ({@link Protocol#known()})
     * @throws IllegalArgumentException when a protocol is unknown
     */
    public static void preload(ProtocolRef... protocols) {
        Objects.requireNonNull(protocols, "protocols");
        List<ProtocolRef> refs = protocols.length == 0 ? Protocol.known() : List.of(protocols);
        for (ProtocolRef ref : refs) {
            Objects.requireNonNull(ref, "protocols element");
            try {
                Protocol.of(ref);
            } catch (NoSuchElementException e) {
                throw new IllegalArgumentException("unknown protocol " + ref, e);
            }
            RuleBases.preload(ref);
        }
    }

    private static final MeldcodeEngine DEFAULT = new Builder().build();

    /** A builder for an engine with settings of the host's own. */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings for an engine. Not thread-safe; the engine it builds is. */
    public static final class Builder {

        /** How many cases' guidance an engine keeps by default. */
        static final int DEFAULT_GUIDANCE_CACHE = 1_000;

        private KnownNames knownNames = KnownNames.NONE;
        private SchoolSettings settings = SchoolSettings.DEFAULTS;
        private int guidanceCache = DEFAULT_GUIDANCE_CACHE;
        private int liveSessions = DEFAULT_LIVE_SESSIONS;

        /** How many sessions an engine keeps alive by default. */
        static final int DEFAULT_LIVE_SESSIONS = 256;

        private Builder() {}

        /**
         * The names the logbook must not contain (other pupils and parents of the school); a
         * logbook entry that mentions one is refused under the clause against recording names of
         * others.
         *
         * @param knownNames the host's lookup
         * @return this builder
         */
        public Builder knownNames(KnownNames knownNames) {
            this.knownNames = Objects.requireNonNull(knownNames, "knownNames");
            return this;
        }

        /**
         * The school's settings (default: {@link SchoolSettings#DEFAULTS}, the protocol as written).
         *
         * @param settings the settings, such as {@code SettingsFiles.read(path)}
         * @return this builder
         */
        public Builder settings(SchoolSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * How many cases' guidance the engine keeps between calls (default 1,000; 0 keeps none).
         * {@code guide(case)} asked again for a case with the same history returns the guidance
         * it gave before, in a lookup instead of a session; {@code applyAndGuide} stores the
         * guidance of the case it returns, so the page drawn after an action costs a lookup too.
         * Only cases whose hash chain is known to hold are kept ({@code Integrity.known}: built by
         * {@code append}, or read and verified, as meldcode-json does), keyed by their head hash;
         * guidance with a clock is never kept. The cache is bounded by count: about 1 KB per case
         * measured for cases of 50 events (docs/performance.md), so the default holds about 1 MB.
         * The answers are those of an engine that keeps none.
         *
         * @param cases how many cases' guidance to keep, 0 or more
         * @return this builder
         * @throws IllegalArgumentException when cases is negative
         */
        public Builder guidanceCache(int cases) {
            if (cases < 0) {
                throw new IllegalArgumentException("guidanceCache must be 0 or more, was " + cases);
            }
            this.guidanceCache = cases;
            return this;
        }

        /**
         * How many sessions the engine keeps alive between rulings (default 256; 0 keeps none). A
         * ruling ({@code evaluate}, {@code apply}) on a case whose session is alive inserts, fires
         * and withdraws only the proposed action, instead of building the case's facts anew; a case
         * keeps at most two (one per thread ruling on it at once), keyed as the guidance is, and
         * the least used are dropped. About 53 KB a session measured for a case of 35 events
         * (docs/performance.md), so the default holds about 14 MB. The answers are those of an
         * engine that keeps none.
         *
         * @param sessions how many sessions to keep alive, 0 or more
         * @return this builder
         * @throws IllegalArgumentException when sessions is negative
         */
        public Builder liveSessions(int sessions) {
            if (sessions < 0) {
                throw new IllegalArgumentException("liveSessions must be 0 or more, was " + sessions);
            }
            this.liveSessions = sessions;
            return this;
        }

        /** Builds the engine. */
        public MeldcodeEngine build() {
            return new DroolsEngine(knownNames, settings, false, null, guidanceCache, liveSessions);
        }
    }
}

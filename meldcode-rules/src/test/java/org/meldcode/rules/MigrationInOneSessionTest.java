package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Migration;
import org.meldcode.engine.Ruling;
import org.meldcode.model.Action;
import org.meldcode.model.Actor;
import org.meldcode.model.Case;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.protocol.Protocol;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Move;
import org.meldcode.testing.Replay;

/**
 * Migration replays a history in one session, not one session per event: the answers are those of
 * the interface's event-by-event replay (the plain engine below, which asks {@code evaluate} about
 * each event on the growing case), and the number of sessions does not grow with the history.
 */
class MigrationInOneSessionTest {

    private static final MeldcodeEngine ENGINE = MeldcodeRules.builder()
            .knownNames(KnownNames.of(Generators.KNOWN_NAMES))
            .build();

    /** The same engine, migrating as the interface does: one {@code evaluate} per event. */
    private static final MeldcodeEngine EVENT_BY_EVENT = new MeldcodeEngine() {
        @Override
        public Ruling evaluate(Case caseFile, Action action) {
            return ENGINE.evaluate(caseFile, action);
        }

        @Override
        public org.meldcode.engine.Result apply(Case caseFile, Action action) {
            return ENGINE.apply(caseFile, action);
        }

        @Override
        public Guidance guide(Case caseFile) {
            return ENGINE.guide(caseFile);
        }

        @Override
        public Guidance guide(Case caseFile, Instant now) {
            return ENGINE.guide(caseFile, now);
        }
    };

    @Test
    void migrating_in_one_session_answers_as_the_event_by_event_replay_along_random_histories_of_both_protocols() {
        AtomicInteger refusedEvents = new AtomicInteger();
        AtomicInteger events = new AtomicInteger();
        for (ProtocolRef from : List.of(ProtocolRef.STAPPENPLAN_2021, ProtocolRef.LANDELIJK_2019)) {
            ProtocolRef to = from.equals(ProtocolRef.STAPPENPLAN_2021)
                    ? ProtocolRef.LANDELIJK_2019
                    : ProtocolRef.STAPPENPLAN_2021;
            Protocol protocol = Protocol.of(from);
            qt().withExamples(Math.max(50, Integer.getInteger("meldcode.examples", 1_000) / 40))
                    .forAll(sequences(from))
                    .checkAssert(moves -> {
                        int[] counts = compare(protocol, to, moves);
                        events.addAndGet(counts[0]);
                        refusedEvents.addAndGet(counts[1]);
                    });
        }
        assertThat(events.get()).as("events replayed").isGreaterThan(1_000);
        assertThat(refusedEvents.get()).as("refused events compared").isGreaterThan(100);
    }

    @Test
    void a_migration_opens_the_same_few_sessions_for_a_long_history_as_for_a_short_one() {
        // GIVEN a short and a long history with a signal, the IB informed and a consultation, then
        // plain logbook entries, with a disclosure and a deterioration among them
        Case shortCase = history(20);
        Case longCase = history(4_000);
        // WHEN each is migrated
        long shortSessions = sessionsFor(shortCase);
        long longSessions = sessionsFor(longCase);
        // THEN the number of sessions does not grow with the history (the event-by-event replay
        // opens one per event)
        assertThat(longSessions).isEqualTo(shortSessions).isLessThanOrEqualTo(3);
    }

    /**
     * Migrates the two histories of a generated sequence in one session and event by event and
     * asserts the same answers; gives the number of events replayed and of refused events compared.
     */
    private static int[] compare(Protocol protocol, ProtocolRef to, List<Move> moves) {
        // GIVEN a history walked along a generated sequence (only what was permitted), and one
        // holding every generated action, permitted or not, with runs of plain logbook entries
        // between them
        List<Replay.Step> steps = Replay.run(ENGINE, protocol, moves);
        Case walked = steps.get(steps.size() - 1).after();
        Case everything = Case.open("case-all", "pupil-all", protocol.ref());
        int i = 0;
        for (Replay.Step s : steps) {
            everything = everything.append(s.action());
            if (i++ % 3 == 0) {
                everything = plainEntries(everything, 1 + i % 4);
            }
        }
        int events = 0;
        int refused = 0;
        for (Case original : List.of(walked, everything)) {
            // WHEN it is migrated in one session and event by event
            Migration fast = ENGINE.migrate(original, to);
            Migration plain = EVENT_BY_EVENT.migrate(original, to);
            // THEN both give the same case, refusals and obligations
            assertThat(fast.migrated()).isEqualTo(plain.migrated());
            assertThat(fast.refusedEvents())
                    .as("refused events of %s", original)
                    .isEqualTo(plain.refusedEvents());
            assertThat(fast.obligationsBefore()).isEqualTo(plain.obligationsBefore());
            assertThat(fast.obligationsAfter()).isEqualTo(plain.obligationsAfter());
            refused += plain.refusedEvents().size();
            events += original.size();
        }
        return new int[] {events, refused};
    }

    @Test
    void findings_of_one_clause_and_key_come_in_the_order_of_their_arguments_however_the_session_was_built() {
        // GIVEN a history closed twice, on two days, with logbook entries after each closure (the
        // event-by-event replay once listed the two closures in one order, the session in the other)
        Actor director = Actor.of(Role.DIRECTOR, "dir-301");
        Actor teacher = Actor.of(Role.TEACHER, "lk-104");
        Instant day1 = Replay.START;
        Instant day2 = day1.plus(Duration.ofDays(1));
        Case c = Case.open("case-closed-twice", "pupil-closed", ProtocolRef.STAPPENPLAN_2021)
                .append(entry(day1, teacher, Signal.BEHAVIOUR, false))
                .append(new org.meldcode.model.Closure(day1.plusSeconds(60), director, "Synthetic reason."))
                .append(entry(day1.plusSeconds(120), teacher, Signal.BEHAVIOUR, false))
                .append(new org.meldcode.model.Closure(day2, director, "Synthetic reason."))
                .append(entry(day2.plusSeconds(60), teacher, Signal.BEHAVIOUR, false));
        // WHEN it is migrated in one session and event by event, and an entry after it is ruled on
        Migration fast = ENGINE.migrate(c, ProtocolRef.LANDELIJK_2019);
        Migration plain = EVENT_BY_EVENT.migrate(c, ProtocolRef.LANDELIJK_2019);
        // THEN both migrations agree, and in every ruling (the order a session holds its facts in
        // varies from one session to the next) the findings about the two closures come earliest first
        assertThat(fast.refusedEvents()).isEqualTo(plain.refusedEvents());
        for (int i = 0; i < 40; i++) {
            Ruling ruling = ENGINE.evaluate(c, entry(day2.plusSeconds(120), teacher, Signal.BEHAVIOUR, false));
            List<String> closedOn = ruling.findings().stream()
                    .filter(f -> f.explanation().key().equals("refusal.closed"))
                    .map(f -> f.explanation().args().toString())
                    .toList();
            assertThat(closedOn).as("ruling %d", i).hasSize(2).isSorted();
        }
    }

    private static long sessionsFor(Case c) {
        long before = RuleBases.sessionsOpened();
        Migration m = ENGINE.migrate(c, ProtocolRef.LANDELIJK_2019);
        assertThat(m.migrated().size()).isEqualTo(c.size());
        return RuleBases.sessionsOpened() - before;
    }

    private static Case history(int entries) {
        Actor teacher = Actor.of(Role.TEACHER, "lk-104");
        Case c = Case.open("case-long", "pupil-long", ProtocolRef.STAPPENPLAN_2021);
        Instant at = Replay.START;
        c = c.append(entry(at, teacher, Signal.BEHAVIOUR, false));
        c = c.append(new org.meldcode.model.IbNotification(at.plusSeconds(60), teacher));
        for (int i = 0; i < entries; i++) {
            Instant when = at.plus(Duration.ofMinutes(2 + i));
            Signal signal = i == entries / 2 ? Signal.DISCLOSURE : Signal.BEHAVIOUR;
            c = c.append(entry(when, teacher, signal, i == entries / 3));
        }
        return c;
    }

    private static Case plainEntries(Case c, int n) {
        Actor teacher = Actor.of(Role.TEACHER, "lk-105");
        Instant at = c.lastEventAt().orElse(Replay.START);
        for (int k = 0; k < n; k++) {
            c = c.append(entry(at, teacher, Signal.BEHAVIOUR, false));
        }
        return c;
    }

    private static LogEntry entry(Instant at, Actor by, Signal signal, boolean deterioration) {
        return new LogEntry(
                at,
                by,
                LocalDate.ofInstant(at, ZoneId.of("Europe/Amsterdam")),
                signal,
                Source.OWN_OBSERVATION,
                "Synthetic observation during the lesson.",
                deterioration);
    }

    /** Generated sequences of a protocol's moves. */
    private static org.quicktheories.core.Gen<List<Move>> sequences(ProtocolRef protocol) {
        return org.quicktheories.generators.SourceDSL.lists()
                .of(protocol.equals(ProtocolRef.STAPPENPLAN_2021) ? Generators.moves() : Generators.nationalMoves())
                .ofSizeBetween(1, 40);
    }
}

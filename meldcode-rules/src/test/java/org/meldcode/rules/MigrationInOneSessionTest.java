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
                        // GIVEN a history walked along a generated sequence (only what was permitted),
                        // and one holding every generated action, permitted or not, with runs of plain
                        // logbook entries between them
                        List<Replay.Step> steps = Replay.run(ENGINE, protocol, moves);
                        Case walked = steps.get(steps.size() - 1).after();
                        Case everything = Case.open("case-all", "pupil-all", from);
                        int i = 0;
                        for (Replay.Step s : steps) {
                            everything = everything.append(s.action());
                            if (i++ % 3 == 0) {
                                everything = plainEntries(everything, 1 + i % 4);
                            }
                        }
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
                            refusedEvents.addAndGet(plain.refusedEvents().size());
                            events.addAndGet(original.size());
                        }
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

package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Checking a long chain and a long case's identifiers costs per event no set-up of its own. */
class IntegrityScalingTest {

    private static Case withLogEntries(int count) {
        Actor teacher = Actor.of(Role.TEACHER, "lk-104");
        Instant start = Instant.parse("2026-09-07T07:00:00Z");
        Case c = Case.open("case-chain", "pupil-chain", ProtocolRef.STAPPENPLAN_2021);
        for (int i = 0; i < count; i++) {
            Instant at = start.plusSeconds(60L * i);
            c = c.append(new LogEntry(
                    at,
                    teacher,
                    LocalDate.of(2026, 9, 7),
                    Signal.BEHAVIOUR,
                    Source.OWN_OBSERVATION,
                    "Synthetic observation " + i + ".",
                    false));
        }
        return c;
    }

    @Test
    void verifying_a_chain_of_many_events_makes_as_many_digests_as_verifying_one_of_two() {
        // GIVEN a case of two events and one of two thousand
        Case two = withLogEntries(2);
        Case many = withLogEntries(2_000);

        // WHEN each chain is verified
        long before = Integrity.digestsMade();
        assertThat(Integrity.verify(two)).isEmpty();
        long forTwo = Integrity.digestsMade() - before;
        before = Integrity.digestsMade();
        assertThat(Integrity.verify(many)).isEmpty();
        long forMany = Integrity.digestsMade() - before;

        // THEN both hold, and the long chain made no more digests than the short one
        assertThat(forMany).isEqualTo(forTwo).isLessThanOrEqualTo(2);
    }

    @Test
    void a_chain_checked_with_one_digest_still_finds_the_first_changed_event() {
        // GIVEN a long case whose event 700 carries a link that is not the hash of event 699
        Case many = withLogEntries(1_000);
        java.util.List<Event> events = new java.util.ArrayList<>(many.events());
        Event changed = events.get(699);
        String wrong = Integrity.hash(events.get(0));
        events.set(699, new Event(changed.sequence(), wrong, changed.action()));
        Case tampered = new Case(many.id(), many.pupilRef(), many.protocol(), events);

        // WHEN its chain is verified
        var broken = Integrity.verify(tampered);

        // THEN the break is at event 700
        assertThat(broken).map(Integrity.Break::sequence).contains(700);
    }

    @Test
    void a_chain_long_enough_to_be_checked_in_parts_names_the_first_break_whichever_part_holds_it() {
        // GIVEN a chain long enough to be split into parts, and copies of it broken at the edges of
        // the parts, and broken in two places at once
        int length = 3 * Integrity.EVENTS_PER_PART + 5;
        Case valid = withLogEntries(length);
        int parts = Math.max(2, Integrity.parts(length));
        java.util.List<Integer> edges = new java.util.ArrayList<>(java.util.List.of(1, 2, length));
        for (int p = 1; p < parts; p++) {
            int start = (int) ((long) length * p / parts); // the index of a part's first event
            edges.add(start); // the last event of the part before it (sequence = index + 1 - 1)
            edges.add(start + 1); // the part's first event
            edges.add(start + 2);
        }

        // WHEN the valid chain and each broken one are verified
        assertThat(Integrity.verify(valid)).isEmpty();
        for (int sequence : edges) {
            // THEN the break is named at the event broken, and of two breaks the earlier one
            assertThat(Integrity.verify(brokenAt(valid, sequence)))
                    .as("broken at %d", sequence)
                    .map(Integrity.Break::sequence)
                    .contains(sequence);
            if (sequence > 1) {
                assertThat(Integrity.verify(brokenAt(brokenAt(valid, length), sequence)))
                        .as("broken at %d and at the end", sequence)
                        .map(Integrity.Break::sequence)
                        .contains(sequence);
            }
        }
    }

    /** The case with the given event's link to the event before it replaced by a wrong one. */
    private static Case brokenAt(Case c, int sequence) {
        java.util.List<Event> events = new java.util.ArrayList<>(c.events());
        Event changed = events.get(sequence - 1);
        String wrong = sequence == 1
                ? Integrity.hash(events.get(0))
                : c.events().get(0).previousHash();
        events.set(sequence - 1, new Event(changed.sequence(), wrong, changed.action()));
        return new Case(c.id(), c.pupilRef(), c.protocol(), events);
    }

    @Test
    void an_identifier_is_accepted_exactly_when_the_identifier_pattern_matches() {
        // GIVEN the pattern identifiers were checked with before, and texts over an alphabet of its edges
        Pattern identifier = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
        String alphabet = "aZ09._:-/ é\u0660@`[{";

        // WHEN and THEN any such text is an identifier exactly when the pattern matches all of it
        qt().forAll(SourceDSL.lists()
                        .of(SourceDSL.integers().between(0, alphabet.length() - 1))
                        .ofSizeBetween(0, 8))
                .checkAssert(indexes -> {
                    StringBuilder b = new StringBuilder();
                    indexes.forEach(i -> b.append(alphabet.charAt(i)));
                    String text = b.toString();
                    assertThat(Checks.isIdentifier(text))
                            .as("'%s'", text)
                            .isEqualTo(identifier.matcher(text).matches());
                });
    }
}

package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Integrity#known} says a case's chain holds only when that is certain without checking it
 * again: the case grew by {@code append} from nothing, or its chain was verified and then only
 * appended to. An engine keys what it keeps of a case by the head hash only for such cases.
 */
class KnownChainTest {

    private static Case walked(String id, int events) {
        Case c = Case.open(id, "pupil-k", ProtocolRef.STAPPENPLAN_2021);
        for (int i = 0; i < events; i++) {
            c = c.append(Fixtures.logEntry(Fixtures.minutes(i)));
        }
        return c;
    }

    /** The same events handed to the constructor: a case read from somewhere, not yet verified. */
    private static Case rebuilt(Case c) {
        return new Case(c.id(), c.pupilRef(), c.protocol(), new ArrayList<>(c.events()));
    }

    @Test
    void a_case_grown_by_append_from_an_empty_case_is_known() {
        // GIVEN cases grown by append, including an empty one
        // WHEN asked whether their chains are known
        // THEN they are
        assertThat(Integrity.known(walked("case-k1", 0))).isTrue();
        assertThat(Integrity.known(walked("case-k1", 1))).isTrue();
        assertThat(Integrity.known(walked("case-k1", 30))).isTrue();
    }

    @Test
    void events_handed_to_the_constructor_are_not_known_until_verified_and_then_appends_keep_them_known() {
        // GIVEN the events of an intact case handed to the constructor
        Case read = rebuilt(walked("case-k2", 12));
        // THEN the chain is not known, though it holds
        assertThat(Integrity.known(read)).isFalse();
        // WHEN it is verified
        assertThat(Integrity.verify(read)).isEmpty();
        // THEN it is known, and so is every case appended to it
        assertThat(Integrity.known(read)).isTrue();
        Case next = read.append(Fixtures.logEntry(Fixtures.minutes(20)));
        assertThat(Integrity.known(next)).isTrue();
        assertThat(Integrity.known(next.append(Fixtures.logEntry(Fixtures.minutes(21)))))
                .isTrue();
        // AND a prefix of its events copied into a list of its own is not known until verified
        Case prefix = new Case(
                read.id(), read.pupilRef(), read.protocol(), read.events().subList(0, 5));
        assertThat(Integrity.known(prefix)).isFalse();
    }

    @Test
    void a_broken_chain_stays_unknown_after_verify_and_after_appends() {
        // GIVEN a case whose third event was replaced, keeping its link
        Case c = walked("case-k3", 6);
        List<Event> events = new ArrayList<>(c.events());
        Event third = events.get(2);
        events.set(
                2,
                new Event(
                        3,
                        third.previousHash(),
                        Fixtures.ibNotification(third.action().at())));
        Case tampered = new Case(c.id(), c.pupilRef(), c.protocol(), events);
        // WHEN it is verified and appended to
        assertThat(Integrity.verify(tampered)).isPresent();
        Case appended = tampered.append(Fixtures.logEntry(Fixtures.minutes(30)));
        // THEN neither is known
        assertThat(Integrity.known(tampered)).isFalse();
        assertThat(Integrity.known(appended)).isFalse();
    }

    @Test
    void a_known_case_s_events_put_under_another_case_are_not_known_for_it() {
        // GIVEN the events of a known case given to a case with another id (its genesis differs)
        Case original = walked("case-k4", 8);
        Case moved = new Case("case-k5", original.pupilRef(), original.protocol(), original.events());
        // THEN the moved case's chain is not known (it does not hold: verify finds the break)
        assertThat(Integrity.known(moved)).isFalse();
        assertThat(Integrity.verify(moved)).isPresent();
        // AND appending to it does not make it known, nor does it unsettle the original
        assertThat(Integrity.known(moved.append(Fixtures.logEntry(Fixtures.minutes(40)))))
                .isFalse();
        assertThat(Integrity.known(original)).isTrue();
        assertThat(Integrity.known(original.append(Fixtures.logEntry(Fixtures.minutes(41)))))
                .isTrue();
    }

    @Test
    void two_appends_to_the_same_case_are_both_known() {
        // GIVEN a known case appended to twice (the second append copies the array)
        Case base = walked("case-k6", 5);
        Case first = base.append(Fixtures.logEntry(Fixtures.minutes(50)));
        Case second = base.append(Fixtures.ibNotification(Fixtures.minutes(50)));
        // THEN both branches are known, and their heads differ
        assertThat(Integrity.known(first)).isTrue();
        assertThat(Integrity.known(second)).isTrue();
        assertThat(Integrity.head(first)).isNotEqualTo(Integrity.head(second));
    }

    @Test
    void the_head_kept_for_an_event_is_its_hash_on_every_branch_of_a_shared_array() {
        // GIVEN a case and branches appended to it and to each other: the first append to a case
        // extends the shared array in place, the second copies it
        Case base = walked("case-k7", 9);
        Case a = base.append(Fixtures.logEntry(Fixtures.minutes(60)));
        Case b = base.append(Fixtures.ibNotification(Fixtures.minutes(60)));
        Case a2 = a.append(Fixtures.ibNotification(Fixtures.minutes(61)));
        Case b2 = b.append(Fixtures.logEntry(Fixtures.minutes(61)));
        for (Case c : List.of(base, a, b, a2, b2, base, a)) {
            // WHEN its head is asked (twice: the second from what was kept)
            String head = Integrity.head(c);
            // THEN it is the hash of its own last event, as computed afresh
            assertThat(head).isEqualTo(Integrity.hash(c.events().get(c.size() - 1)));
            assertThat(Integrity.head(c)).isEqualTo(head);
        }
        // AND each case's next event links to it, so the chains verify
        for (Case c : List.of(a2, b2)) {
            assertThat(Integrity.verify(c)).isEmpty();
        }
    }
}

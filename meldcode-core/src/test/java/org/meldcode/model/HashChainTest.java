package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The hash chain shows every edit, deletion, insertion and reordering of events. */
class HashChainTest {

    private static final Instant T0 = Instant.parse("2026-09-07T07:30:00Z");
    private static final Actor TEACHER = Actor.of(Role.TEACHER, "lk-104");
    private static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "ib-201");

    private static Action action(int kind, Instant at, int n) {
        return switch (kind) {
            case 0 -> new IbNotification(at, TEACHER);
            case 1 ->
                new LogEntry(
                        at,
                        TEACHER,
                        LocalDate.of(2026, 9, 7),
                        Signal.BEHAVIOUR,
                        Source.OWN_OBSERVATION,
                        "Synthetic observation " + n + ".",
                        n % 2 == 0);
            case 2 -> new Consultation(at, IB, Set.of(TEACHER, IB, Actor.of(Role.CARE_TEAM, "zt-501")), n % 3 == 0);
            default -> new Advice(at, IB, n % 2 == 1);
        };
    }

    private static Gen<Case> cases() {
        return SourceDSL.lists().of(Generate.range(0, 3)).ofSizeBetween(1, 40).map(kinds -> {
            Case c = Case.open("case-h", "pupil-h", ProtocolRef.STAPPENPLAN_2021);
            for (int i = 0; i < kinds.size(); i++) {
                c = c.append(action(kinds.get(i), T0.plusSeconds(60L * i), i));
            }
            return c;
        });
    }

    /** The case with its events replaced, renumbered 1..n and left with their old links (what a tamperer would do). */
    private static Case renumbered(Case c, List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            out.add(new Event(i + 1, events.get(i).previousHash(), events.get(i).action()));
        }
        return new Case(c.id(), c.pupilRef(), c.protocol(), out);
    }

    /**
     * Whether tampering is noticed: either the case cannot even be built (its times or numbers
     * no longer fit), or the chain breaks against the recorded head.
     */
    private static boolean detected(Case original, List<Event> events, String head) {
        try {
            return Integrity.verify(renumbered(original, events), head).isPresent();
        } catch (IllegalArgumentException refusedByTheCase) {
            return true;
        }
    }

    @Test
    void a_case_built_by_append_verifies_and_its_head_is_the_hash_of_its_last_event() {
        qt().withExamples(500).forAll(cases()).checkAssert(c -> {
            assertThat(Integrity.verify(c)).isEmpty();
            assertThat(Integrity.verify(c, Integrity.head(c))).isEmpty();
            assertThat(Integrity.head(c)).isEqualTo(Integrity.hash(c.events().get(c.size() - 1)));
        });
    }

    @Test
    void every_single_event_edit_is_detected_against_the_recorded_head() {
        qt().withExamples(500).forAll(cases(), Generate.range(0, 1000)).checkAssert((c, pick) -> {
            String head = Integrity.head(c);
            int i = pick % c.size();
            Event e = c.events().get(i);
            // an edit of a field: here the action is replaced by another one at the same moment
            Action other = action((pick / 7) % 4, e.action().at(), 1000 + pick);
            if (other.equals(e.action())) {
                return;
            }
            List<Event> events = new ArrayList<>(c.events());
            events.set(i, new Event(e.sequence(), e.previousHash(), other));
            Case tampered = new Case(c.id(), c.pupilRef(), c.protocol(), events);
            Optional<Integrity.Break> found = Integrity.verify(tampered, head);
            assertThat(found).isPresent();
            assertThat(found.get().sequence()).isEqualTo(i == c.size() - 1 ? c.size() : i + 2);
        });
    }

    @Test
    void every_deletion_insertion_and_reordering_is_detected() {
        qt().withExamples(500).forAll(cases(), Generate.range(0, 1000)).checkAssert((c, pick) -> {
            String head = Integrity.head(c);
            int i = pick % c.size();
            // deletion
            List<Event> deleted = new ArrayList<>(c.events());
            deleted.remove(i);
            assertThat(detected(c, deleted, head)).isTrue();
            // insertion of a copy of an event
            List<Event> inserted = new ArrayList<>(c.events());
            inserted.add(i, c.events().get(i));
            assertThat(detected(c, inserted, head)).isTrue();
            // reordering two neighbours (when there are two)
            if (c.size() > 1) {
                int j = i == c.size() - 1 ? i - 1 : i + 1;
                List<Event> swapped = new ArrayList<>(c.events());
                Event a = swapped.get(i);
                swapped.set(i, swapped.get(j));
                swapped.set(j, a);
                if (!swapped.equals(c.events())) {
                    assertThat(detected(c, swapped, head)).isTrue();
                }
            }
        });
    }

    @Test
    void a_changed_case_id_pupil_or_protocol_breaks_the_chain_at_event_one() {
        Case c = Case.open("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021).append(action(0, T0, 0));
        Case moved = new Case("case-2", c.pupilRef(), c.protocol(), c.events());
        assertThat(Integrity.verify(moved)).map(Integrity.Break::sequence).contains(1);
        Case otherPupil = new Case(c.id(), "pupil-2", c.protocol(), c.events());
        assertThat(Integrity.verify(otherPupil)).map(Integrity.Break::sequence).contains(1);
    }

    @Test
    void the_canonical_form_is_fixed_so_that_hashes_are_the_same_on_every_machine() {
        Event e = new Event(
                1,
                "0".repeat(64),
                new Consultation(T0, IB, Set.of(Actor.of(Role.CARE_TEAM, "zt-501"), TEACHER, IB), true));
        assertThat(Integrity.canonical(e))
                .isEqualTo("{\"sequence\":1,\"previousHash\":\"" + "0".repeat(64) + "\",\"action\":{\"type\":"
                        + "\"CONSULTATION\",\"at\":\"2026-09-07T07:30:00Z\",\"actor\":{\"role\":\"INTERN_BEGELEIDER\","
                        + "\"staffId\":\"ib-201\"},\"participants\":[{\"role\":\"CARE_TEAM\",\"staffId\":\"zt-501\"},"
                        + "{\"role\":\"INTERN_BEGELEIDER\",\"staffId\":\"ib-201\"},{\"role\":\"TEACHER\",\"staffId\":"
                        + "\"lk-104\"}],\"anonymous\":true}}");
        assertThat(Integrity.hash(e)).hasSize(64).matches("[0-9a-f]+");
        assertThat(Integrity.genesis("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021))
                .isEqualTo(Integrity.genesis("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021))
                .isNotEqualTo(Integrity.genesis("case-1", "pupil-2", ProtocolRef.STAPPENPLAN_2021));
    }
}

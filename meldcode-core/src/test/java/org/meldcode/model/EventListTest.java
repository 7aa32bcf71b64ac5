package org.meldcode.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Appending shares the events' array between cases, yet every case keeps exactly its own events. */
class EventListTest {

    private static final Actor TEACHER = new Actor(Role.TEACHER, "teacher-1");
    private static final Instant T0 = Instant.parse("2026-09-07T08:00:00Z");

    private static IbNotification notification(int minutes) {
        return new IbNotification(T0.plusSeconds(60L * minutes), TEACHER);
    }

    @Test
    void two_appends_to_the_same_case_give_two_cases_that_each_keep_their_own_last_event() {
        // GIVEN a case with three events
        Case base = Case.open("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021);
        for (int i = 0; i < 3; i++) {
            base = base.append(notification(i));
        }
        // WHEN two different actions are appended to the same case
        Case first = base.append(notification(10));
        Case second = base.append(notification(20));
        // THEN each case has its own fourth event and the base is unchanged
        assertThat(base.events()).hasSize(3);
        assertThat(first.events().get(3).action().at()).isEqualTo(T0.plusSeconds(600));
        assertThat(second.events().get(3).action().at()).isEqualTo(T0.plusSeconds(1200));
        assertThat(first.events().subList(0, 3)).isEqualTo(base.events());
        assertThat(second.events().subList(0, 3)).isEqualTo(base.events());
        // and appending further to either keeps them apart
        assertThat(first.append(notification(30)).events().get(3))
                .isEqualTo(first.events().get(3));
        assertThat(second.append(notification(40)).events().get(3))
                .isEqualTo(second.events().get(3));
    }

    @Test
    void a_case_built_by_appending_equals_the_same_case_built_from_a_list() {
        Case appended = Case.open("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021);
        for (int i = 0; i < 50; i++) {
            appended = appended.append(notification(i));
        }
        Case rebuilt = new Case("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021, new ArrayList<>(appended.events()));
        assertThat(rebuilt).isEqualTo(appended).hasSameHashCodeAs(appended);
        assertThat(Integrity.verify(rebuilt)).isEqualTo(Integrity.verify(appended));
    }

    @Test
    void the_events_of_a_case_cannot_be_changed_through_its_list() {
        Case c = Case.open("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021).append(notification(0));
        List<Event> events = c.events();
        assertThatThrownBy(() -> events.add(events.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> events.set(0, events.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> events.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void threads_appending_to_the_same_case_at_once_each_get_a_case_with_their_own_event() throws Exception {
        Case base = Case.open("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021);
        for (int i = 0; i < 7; i++) {
            base = base.append(notification(i));
        }
        Case start = base;
        for (int round = 0; round < 200; round++) {
            CountDownLatch go = new CountDownLatch(1);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int minutes = 100 + t;
                threads.add(new Thread(() -> {
                    try {
                        go.await();
                        Case mine = start.append(notification(minutes));
                        if (!mine.events().get(7).action().at().equals(T0.plusSeconds(60L * minutes))
                                || mine.size() != 8) {
                            problems.add("thread " + minutes + " lost its event");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            threads.forEach(Thread::start);
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            assertThat(problems).isEmpty();
            assertThat(start.size()).isEqualTo(7);
        }
    }
}

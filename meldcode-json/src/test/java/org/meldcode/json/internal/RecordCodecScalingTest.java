package org.meldcode.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Case;

/** Reading and writing a long case looks each record type up once, not once per event. */
class RecordCodecScalingTest {

    private static Case withLogEntries(int count) {
        return LongCases.logbook("case-scaling", count, i -> "Observation number " + i + " during the lesson.");
    }

    @Test
    void reading_and_writing_a_case_of_many_events_looks_up_no_record_type_again() {
        // GIVEN a short case read and written once, so its record types are known
        Case small = withLogEntries(2);
        assertThat(CaseJson.read(CaseJson.write(small))).isEqualTo(small);
        long before = RecordCodec.lookups();
        Case big = withLogEntries(2_000);

        // WHEN a case with a thousand times as many events of the same types is written and read
        Case again = CaseJson.read(CaseJson.write(big));

        // THEN it reads back equal, without one more reflective look-up
        assertThat(again).isEqualTo(big);
        assertThat(RecordCodec.lookups()).isEqualTo(before);
    }

    @Test
    void the_first_case_read_looks_each_record_type_up_at_most_once() {
        // GIVEN a case of many events of a few record types
        String json = CaseJson.write(withLogEntries(500));
        long before = RecordCodec.lookups();

        // WHEN it is read
        CaseJson.read(json);

        // THEN the look-ups are bounded by the number of record types, not the number of events
        assertThat(RecordCodec.lookups() - before).isLessThan(20);
    }
}

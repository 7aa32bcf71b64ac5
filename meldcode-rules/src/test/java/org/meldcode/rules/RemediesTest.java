package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.IB;
import static org.meldcode.rules.Story.TEACHER;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Remedy;
import org.meldcode.engine.Ruling;
import org.meldcode.model.ActionType;
import org.meldcode.model.Report;
import org.meldcode.model.Role;

/**
 * The table of ways forward ({@link Remedies}): every refusal the rules raise has an entry, each
 * entry names fields that exist, and the engine hands the way to each finding with the roles of
 * the case at hand.
 */
class RemediesTest {

    static Set<String> refusalKeysInTheRules() throws IOException {
        Pattern refusal = Pattern.compile("Refusal\\.of\\(\\s*kcontext,\\s*\\$?\\w+,\\s*\"(refusal\\.[a-z0-9.-]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/meldcode/rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = refusal.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void every_refusal_the_rules_raise_has_a_way_forward_or_an_explicit_none_in_the_table() throws IOException {
        // GIVEN every refusal key in the rule files
        Set<String> keys = refusalKeysInTheRules();
        assertThat(keys).contains("refusal.closed", "refusal.role", "refusal.anonymous-report");

        // THEN the table has an entry for each (a new key needs one), and no entry for a key no rule raises
        assertThat(Remedies.BY_KEY.keySet())
                .as("refusal keys without an entry in Remedies.BY_KEY")
                .containsAll(keys);
        assertThat(keys).as("entries in Remedies.BY_KEY no rule raises").containsAll(Remedies.BY_KEY.keySet());
    }

    @Test
    void every_field_a_way_forward_changes_is_a_field_of_an_action() {
        Set<String> fields = new HashSet<>();
        for (Class<?> c : List.of(org.meldcode.model.Action.class.getPermittedSubclasses())) {
            for (RecordComponent rc : c.getRecordComponents()) {
                fields.add(rc.getName());
            }
        }
        Map<String, Remedies.Way> ways = new java.util.HashMap<>(Remedies.BY_KEY);
        ways.put(
                "the people in a consultation, a help agreement and a substitution",
                Remedies.Way.change("participants", "caseManager", "substituteId"));
        for (Map.Entry<String, Remedies.Way> e : ways.entrySet()) {
            assertThat(fields)
                    .as("the fields %s changes", e.getKey())
                    .containsAll(e.getValue().fields());
        }
    }

    @Test
    void a_report_marked_anonymous_is_told_to_change_that_field() {
        // GIVEN a case where the IB and director decided to report
        Story story = Story.newCase().decidedToReport();

        // WHEN the IB reports asking Veilig Thuis to keep the school's name from the family
        Ruling ruling = story.when(at -> new Report(at, IB, true, true));

        // THEN the way forward is to take the same report with that field changed
        Finding f = only(ruling, "refusal.anonymous-report");
        assertThat(f.way().kind()).isEqualTo(Remedy.Kind.CHANGE_THIS_ATTEMPT);
        assertThat(f.way().fields()).containsExactly("reporterWithheldFromFamily");
        assertThat(f.way().actions()).isEmpty();
        assertThat(f.remedy()).isEqualTo(f.way().text());
        assertThat(f.way().summary().in(java.util.Locale.ENGLISH))
                .isEqualTo("Take this action again, changing: whether the school's name is kept from the family.");
    }

    @Test
    void an_explanation_shows_under_each_cause_its_remedy_and_the_way_forward_as_data() {
        // GIVEN a case where the IB and director decided to report
        Story story = Story.newCase().decidedToReport();

        // WHEN a report marked anonymous is explained
        String text = Story.ENGINE
                .explain(story.caseFile(), new Report(story.next(), IB, true, true))
                .render(java.util.Locale.ENGLISH);

        // THEN the way forward is shown under the remedy
        assertThat(text)
                .contains("What can be done: ")
                .contains("Take this action again, changing: whether the school's name is kept from the family.");
    }

    @Test
    void a_report_by_the_wrong_role_names_the_roles_the_school_allows() {
        // GIVEN a case where the IB and director decided to report
        Story story = Story.newCase().decidedToReport();

        // WHEN a teacher reports
        Ruling ruling = story.when(at -> new Report(at, TEACHER, true, false));

        // THEN some finding sends the report to another role, and that role is the IB
        Finding f = ruling.findings().stream()
                .filter(x -> x.way().kind() == Remedy.Kind.ANOTHER_ROLE)
                .findFirst()
                .orElseThrow();
        assertThat(f.way().roles()).contains(Role.INTERN_BEGELEIDER).doesNotContain(Role.TEACHER);
    }

    @Test
    void after_help_is_organised_a_refused_report_points_at_logging_and_weighing_which_are_permitted() {
        // GIVEN a case where help was organised instead of a report
        Story story = Story.newCase().helpOrganised();

        // WHEN the IB reports anyway
        Ruling ruling = story.when(at -> new Report(at, IB, true, false));

        // THEN the way forward is to log and weigh first (not to decide, which is refused now)
        Finding f = only(ruling, "refusal.report-while-help-organised");
        assertThat(f.way().kind()).isEqualTo(Remedy.Kind.TAKE_FIRST);
        assertThat(f.way().actions()).containsExactlyInAnyOrder(ActionType.LOG_ENTRY, ActionType.RISK_ASSESSMENT);
        assertThat(f.way().roles()).contains(Role.INTERN_BEGELEIDER);
        assertThat(story.guidance().nextActions())
                .anySatisfy(n -> assertThat(n.type()).isEqualTo(ActionType.LOG_ENTRY));
    }

    @Test
    void a_closed_case_has_no_way_forward_in_it() {
        // GIVEN a case whose conversation with the parents took away the suspicion, then closed
        Story story = Story.newCase().consulted();
        story = story.given(at -> Story.parentsConversation(at, IB, true))
                .given(at -> new org.meldcode.model.Closure(at, IB, "Synthetic: the suspicion was taken away."));

        // WHEN anything is proposed
        Ruling ruling = story.when(at -> Story.signal(at, TEACHER));

        // THEN the refusal says there is no way forward in this case
        assertThat(only(ruling, "refusal.closed").way().kind()).isEqualTo(Remedy.Kind.NONE);
    }

    private static Finding only(Ruling ruling, String key) {
        return ruling.findings().stream()
                .filter(f -> f.explanation().key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + ruling.findings()));
    }
}

package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meldcode.rules.Story.*;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.KnownNames;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.NextAction;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Ruling;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Role;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Threat;
import org.meldcode.model.Topic;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.facts.Clauses;
import org.meldcode.settings.SchoolSettings;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Replay;

/**
 * A school's settings in the rules, each both ways: the teacher at the conversation with the
 * parents (SP-3.5), who may skip step 3 (SP-0.2), and the deadlines that guidance with a clock
 * turns into overdue obligations (ST-1, ST-2). The defaults change nothing.
 */
class SchoolSettingsRulesTest {

    private static final Protocol SEED = Protocol.of(ProtocolRef.STAPPENPLAN_2021);

    /** The story's steps happen on 7 September 2026, an hour apart from 08:30 UTC. */
    private static Instant on(String date, String time) {
        return Instant.parse(date + "T" + time + "Z");
    }

    private static List<String> obligations(Guidance g) {
        return g.obligations().stream().map(o -> o.clause().id()).toList();
    }

    private static MeldcodeEngine engine(SchoolSettings settings) {
        return MeldcodeRules.forSchool(settings);
    }

    // --- SP-3.5: the teacher at the conversation with the parents ---

    private static Function<Instant, org.meldcode.model.Action> parentsWithTeacher() {
        return at -> new ParentsConversation(at, IB, Set.of(IB, DIRECTOR, TEACHER), EnumSet.allOf(Topic.class), false);
    }

    @Test
    void by_default_the_teacher_may_not_join_the_conversation_with_the_parents() {
        Ruling ruling =
                Story.newCase(engine(SchoolSettings.DEFAULTS)).consulted().when(parentsWithTeacher());

        assertThat(ruling.clauseIds()).containsExactly("SP-3.5");
    }

    @Test
    void a_school_that_lets_the_teacher_join_the_conversation_with_the_parents_is_permitted_it() {
        MeldcodeEngine engine = engine(SchoolSettings.DEFAULTS.withTeacherMayJoinParentsConversation(true));

        Ruling ruling = Story.newCase(engine).consulted().when(parentsWithTeacher());

        assertThat(ruling.permitted()).isTrue();
    }

    @Test
    void letting_the_teacher_join_leaves_the_ib_and_the_director_required() {
        MeldcodeEngine engine = engine(SchoolSettings.DEFAULTS.withTeacherMayJoinParentsConversation(true));

        Ruling ruling = Story.newCase(engine)
                .consulted()
                .when(at -> new ParentsConversation(at, IB, Set.of(IB, TEACHER), EnumSet.allOf(Topic.class), false));

        assertThat(ruling.clauseIds()).containsExactly("SP-3.4");
    }

    // --- SP-0.2: who may skip step 3 ---

    private static Function<Instant, org.meldcode.model.Action> skipBy(org.meldcode.model.Actor actor) {
        return at -> new ConversationSkip(at, actor, Set.of(Threat.CHILD), "A conversation would endanger the pupil.");
    }

    @Test
    void by_default_the_roles_of_the_plan_may_skip_step_3() {
        Story story = Story.newCase(engine(SchoolSettings.DEFAULTS)).consulted();

        assertThat(story.when(skipBy(TEACHER)).permitted()).isTrue();
        assertThat(story.when(skipBy(CARE_TEAM)).clauseIds()).containsExactly("SP-0.2");
    }

    @Test
    void a_school_that_names_other_roles_for_skipping_step_3_is_held_to_them() {
        MeldcodeEngine engine = engine(
                SchoolSettings.DEFAULTS.withConversationSkipRoles(Set.of(Role.INTERN_BEGELEIDER, Role.CARE_TEAM)));
        Story story = Story.newCase(engine).consulted();

        Ruling teacher = story.when(skipBy(TEACHER));

        assertThat(teacher.clauseIds()).containsExactly("SP-0.2");
        assertThat(teacher.findings().get(0).explanation().english())
                .endsWith(": care team, intern begeleider (IB) (under the protocol and the school's settings).")
                .doesNotContain("teacher, ");
        assertThat(story.when(skipBy(CARE_TEAM)).permitted()).isTrue();
        assertThat(story.when(skipBy(IB)).permitted()).isTrue();
    }

    @Test
    void the_guidance_offers_skipping_step_3_to_the_roles_the_school_names() {
        MeldcodeEngine engine = engine(SchoolSettings.DEFAULTS.withConversationSkipRoles(Set.of(Role.CARE_TEAM)));
        Case c = Story.newCase(engine).consulted().caseFile();

        Set<Role> byDefault = skipRoles(MeldcodeRules.engine().guide(c));
        Set<Role> bySchool = skipRoles(engine.guide(c));

        assertThat(byDefault).containsExactlyInAnyOrder(Role.TEACHER, Role.INTERN_BEGELEIDER, Role.DIRECTOR);
        assertThat(bySchool).containsExactly(Role.CARE_TEAM);
    }

    private static Set<Role> skipRoles(Guidance g) {
        return g.nextActions().stream()
                .filter(n -> n.type() == ActionType.CONVERSATION_SKIP)
                .map(NextAction::roles)
                .findFirst()
                .orElse(Set.of());
    }

    // --- ST-1: a step overdue ---

    private static final SchoolSettings STEP_3_IN_TWO_WEEKS =
            SchoolSettings.DEFAULTS.withStepDeadline(3, Period.ofWeeks(2));

    @Test
    void a_step_not_completed_by_the_schools_deadline_is_overdue_in_guidance_with_a_clock() {
        MeldcodeEngine engine = engine(STEP_3_IN_TWO_WEEKS);
        Case c = Story.newCase(engine).consulted().caseFile(); // step 2 completed on 7 September

        Guidance lastDay = engine.guide(c, on("2026-09-21", "21:59:00")); // 23:59 in Amsterdam
        Guidance dayAfter = engine.guide(c, on("2026-09-21", "22:00:00")); // 00:00 on the 22nd

        assertThat(obligations(lastDay)).doesNotContain("ST-1");
        assertThat(obligations(dayAfter)).contains("ST-1");
        Obligation overdue = dayAfter.obligations().stream()
                .filter(o -> o.clause().id().equals("ST-1"))
                .findFirst()
                .orElseThrow();
        assertThat(overdue.text().dutch())
                .isEqualTo(
                        "Termijn verstreken: stap 3 had uiterlijk 2026-09-21 afgerond moeten zijn (termijn van de school).");
        assertThat(overdue.text().english()).startsWith("Deadline passed: step 3 was to be completed by 2026-09-21");
        assertThat(overdue.clause().text().english()).contains("stepDeadlines");
    }

    @Test
    void without_a_clock_no_deadline_is_checked() {
        MeldcodeEngine engine = engine(STEP_3_IN_TWO_WEEKS);
        Case c = Story.newCase(engine).consulted().caseFile();

        // the obligations are those of the protocol as written; the deadline only gives them a due moment
        Guidance withDeadline = engine.guide(c);
        Guidance asWritten = MeldcodeRules.engine().guide(c);
        assertThat(withDeadline.obligations())
                .extracting(Obligation::clause, Obligation::text, Obligation::since)
                .isEqualTo(asWritten.obligations().stream()
                        .map(o -> Tuple.tuple(o.clause(), o.text(), o.since()))
                        .toList());
        assertThat(obligations(withDeadline)).doesNotContain("ST-1");
        assertThat(withDeadline.currentStep()).isEqualTo(asWritten.currentStep());
        assertThat(withDeadline.nextActions()).isEqualTo(asWritten.nextActions());
    }

    @Test
    void a_step_completed_in_time_or_late_is_no_longer_overdue() {
        MeldcodeEngine engine = engine(STEP_3_IN_TWO_WEEKS);
        Case c = Story.newCase(engine).parentsTalkedTo().caseFile();

        assertThat(obligations(engine.guide(c, on("2026-12-01", "08:00:00")))).doesNotContain("ST-1");
    }

    @Test
    void the_deadline_of_step_1_runs_from_the_first_event() {
        MeldcodeEngine engine = engine(SchoolSettings.DEFAULTS.withStepDeadline(1, Period.ofDays(1)));
        Case c = Story.newCase(engine).signalLogged().caseFile();

        assertThat(obligations(engine.guide(c, on("2026-09-08", "12:00:00")))).doesNotContain("ST-1");
        assertThat(obligations(engine.guide(c, on("2026-09-09", "08:00:00")))).containsExactly("ST-1", "SP-1.1");
        assertThat(obligations(engine.guide(Case.open("c-empty", "p-empty", SEED.ref()), on("2027-01-01", "00:00:00"))))
                .doesNotContain("ST-1");
    }

    @Test
    void only_the_steps_with_a_deadline_can_be_overdue() {
        MeldcodeEngine engine = engine(SchoolSettings.DEFAULTS.withStepDeadline(2, Period.ofDays(5)));
        Case c = Story.newCase(engine).consulted().caseFile();

        assertThat(obligations(engine.guide(c, on("2027-06-01", "08:00:00")))).doesNotContain("ST-1");
    }

    @Test
    void steps_the_plan_no_longer_takes_are_never_overdue() {
        MeldcodeEngine engine = engine(SchoolSettings.DEFAULTS.withStepDeadline(4, Period.ofDays(2)));
        Case removed = Story.newCase(engine)
                .consulted()
                .given(at -> parentsConversation(at, IB, true))
                .caseFile();
        Case talked = Story.newCase(engine).parentsTalkedTo().caseFile();

        assertThat(obligations(engine.guide(removed, on("2026-10-01", "08:00:00"))))
                .doesNotContain("ST-1");
        assertThat(obligations(engine.guide(talked, on("2026-10-01", "08:00:00"))))
                .contains("ST-1");
    }

    // --- ST-2: the follow-up date after help ---

    private static final SchoolSettings FOLLOW_UP_SIX_WEEKS =
            SchoolSettings.DEFAULTS.withFollowUpAfterHelp(Period.ofWeeks(6));

    @Test
    void after_help_was_organised_the_follow_up_date_passing_is_an_obligation() {
        MeldcodeEngine engine = engine(FOLLOW_UP_SIX_WEEKS);
        Case c = Story.newCase(engine).helpOrganised().caseFile(); // decided on 7 September

        assertThat(obligations(engine.guide(c, on("2026-10-19", "12:00:00")))).doesNotContain("ST-2");
        Guidance late = engine.guide(c, on("2026-10-20", "08:00:00"));
        assertThat(obligations(late)).contains("ST-2", "SP-5.5");
        assertThat(late.obligations().stream()
                        .filter(o -> o.clause().id().equals("ST-2"))
                        .findFirst()
                        .orElseThrow()
                        .text()
                        .english())
                .isEqualTo("Follow-up date passed: after help was organised, the risk was to be weighed again by"
                        + " 2026-10-19.");
    }

    @Test
    void a_follow_up_weighing_sets_the_next_follow_up_date() {
        MeldcodeEngine engine = engine(FOLLOW_UP_SIX_WEEKS);
        Story story = Story.newCase(engine).helpOrganised();
        Case reweighed = story.given(at -> weighing(on("2026-10-15", "09:00:00"), SuspicionLevel.PRESENT, false, true))
                .caseFile();

        assertThat(obligations(engine.guide(reweighed, on("2026-10-20", "08:00:00"))))
                .doesNotContain("ST-2");
        assertThat(obligations(engine.guide(reweighed, on("2026-11-26", "12:00:00"))))
                .doesNotContain("ST-2");
        assertThat(obligations(engine.guide(reweighed, on("2026-11-27", "08:00:00"))))
                .contains("ST-2");
        assertThat(obligations(engine.guide(reweighed, on("2026-11-27", "08:00:00"))).stream()
                        .filter("ST-2"::equals)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void without_the_setting_or_after_a_report_there_is_no_follow_up_date() {
        MeldcodeEngine withFollowUp = engine(FOLLOW_UP_SIX_WEEKS);
        Case help = Story.newCase(withFollowUp).helpOrganised().caseFile();
        Case report = Story.newCase(withFollowUp).reported().caseFile();

        assertThat(obligations(MeldcodeRules.engine().guide(help, on("2027-01-01", "08:00:00"))))
                .doesNotContain("ST-2");
        assertThat(obligations(withFollowUp.guide(report, on("2027-01-01", "08:00:00"))))
                .doesNotContain("ST-2");
    }

    @Test
    void a_clock_before_the_cases_last_event_is_refused() {
        Case c = Story.newCase().consulted().caseFile();

        assertThatThrownBy(() -> MeldcodeRules.engine().guide(c, on("2026-09-01", "08:00:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is before the case's last event");
    }

    // --- the defaults change nothing; deadlines never refuse ---

    @Test
    void with_the_default_settings_a_clock_changes_no_guidance_and_the_deadlines_refuse_nothing() {
        SchoolSettings deadlines = SchoolSettings.DEFAULTS
                .withFollowUpAfterHelp(Period.ofDays(1))
                .withStepDeadline(1, Period.ofDays(1))
                .withStepDeadline(2, Period.ofDays(1))
                .withStepDeadline(3, Period.ofDays(1))
                .withStepDeadline(4, Period.ofDays(1))
                .withStepDeadline(5, Period.ofDays(1));
        MeldcodeEngine byDefault = MeldcodeRules.engine();
        MeldcodeEngine strict = engine(deadlines);
        qt().withFixedSeed(20261128L)
                .withExamples(300)
                .forAll(Generators.sequences())
                .checkAssert(moves -> {
                    List<Replay.Step> plain = Replay.run(byDefault, moves);
                    List<Replay.Step> timed = Replay.run(strict, moves);
                    for (int i = 0; i < plain.size(); i++) {
                        assertThat(timed.get(i).result().ruling())
                                .isEqualTo(plain.get(i).result().ruling());
                    }
                    Case c = plain.get(plain.size() - 1).after();
                    Instant later = c.lastEventAt().orElse(Replay.START).plus(java.time.Duration.ofDays(400));
                    assertThat(byDefault.guide(c, later)).isEqualTo(byDefault.guide(c));
                    Guidance strictGuidance = strict.guide(c);
                    assertThat(withoutDueMoments(strictGuidance.obligations()))
                            .isEqualTo(byDefault.guide(c).obligations());
                    assertThat(strictGuidance.currentStep())
                            .isEqualTo(byDefault.guide(c).currentStep());
                    assertThat(strictGuidance.nextActions())
                            .isEqualTo(byDefault.guide(c).nextActions());
                    Guidance timedGuidance = strict.guide(c, later);
                    List<Obligation> withoutOverdue = timedGuidance.obligations().stream()
                            .filter(o -> !o.clause().id().startsWith("ST-"))
                            .toList();
                    assertThat(withoutDueMoments(withoutOverdue))
                            .isEqualTo(byDefault.guide(c).obligations());
                    assertThat(timedGuidance.nextActions())
                            .isEqualTo(byDefault.guide(c).nextActions());
                });
    }

    /** The obligations as the protocol as written gives them: without the school's due moments. */
    private static List<Obligation> withoutDueMoments(List<Obligation> obligations) {
        return obligations.stream()
                .map(o -> new Obligation(o.clause(), o.text(), o.since(), Optional.empty(), o.dischargedBy()))
                .toList();
    }

    /** The obligations that fall due, with their due moments. */
    private static List<String> dueMoments(Guidance g) {
        return g.obligations().stream()
                .filter(o -> o.dueAt().isPresent())
                .map(o -> o.clause().id() + "@" + o.dueAt().get())
                .toList();
    }

    // --- ablation of the setting rules, which the corpus cannot reach (it has no clock) ---

    @Test
    void each_rule_of_the_setting_clauses_is_needed_by_a_test_here() {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : RuleBases.of(SEED.ref()).getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (SEED.resolve(Clauses.of(r)).id().startsWith("ST-")) {
                    rules.add(r);
                }
            }
        }
        assertThat(rules).hasSize(7);
        for (Rule rule : rules) {
            assertThat(killed(rule.getName()))
                    .as("rule '%s' switched off changes some check", rule.getName())
                    .isTrue();
        }
    }

    /** Whether the checks of this class see a difference with the rule switched off. */
    private static boolean killed(String rule) {
        List<Function<MeldcodeEngine, List<String>>> checks = List.of(
                e -> obligations(e.guide(Story.newCase(e).consulted().caseFile(), on("2026-09-22", "08:00:00"))),
                e -> obligations(e.guide(Story.newCase(e).signalLogged().caseFile(), on("2026-09-09", "08:00:00"))),
                e -> dueMoments(e.guide(Story.newCase(e).consulted().caseFile())),
                e -> dueMoments(e.guide(Story.newCase(e).signalLogged().caseFile())),
                e -> obligations(e.guide(Story.newCase(e).helpOrganised().caseFile(), on("2026-10-20", "08:00:00"))),
                e -> {
                    Story s = Story.newCase(e).helpOrganised();
                    Case c = s.given(at -> weighing(on("2026-10-15", "09:00:00"), SuspicionLevel.PRESENT, false, true))
                            .caseFile();
                    return obligations(e.guide(c, on("2026-11-27", "08:00:00")));
                });
        SchoolSettings settings =
                STEP_3_IN_TWO_WEEKS.withStepDeadline(1, Period.ofDays(1)).withFollowUpAfterHelp(Period.ofWeeks(6));
        MeldcodeEngine whole = new DroolsEngine(KnownNames.NONE, settings, false, null);
        MeldcodeEngine ablated = new DroolsEngine(
                KnownNames.NONE, settings, false, m -> !m.getRule().getName().equals(rule));
        for (Function<MeldcodeEngine, List<String>> check : checks) {
            if (!check.apply(whole).equals(check.apply(ablated))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_rules_never_read_the_wall_clock() throws java.io.IOException {
        java.util.regex.Pattern wallClock = java.util.regex.Pattern.compile(
                "Instant\\.now|LocalDate\\.now|LocalDateTime\\.now|ZonedDateTime\\.now|System\\.currentTimeMillis"
                        + "|System\\.nanoTime|java\\.time\\.Clock|\\bClock\\.");
        List<java.nio.file.Path> sources;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main"))) {
            sources = files.filter(
                            p -> p.toString().endsWith(".drl") || p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("RuleBases.java")) // times its own build
                    .toList();
        }
        assertThat(sources).anyMatch(p -> p.toString().endsWith("deadlines.drl"));
        for (java.nio.file.Path p : sources) {
            String text = java.nio.file.Files.readString(p);
            assertThat(wallClock.matcher(text).find())
                    .as("%s reads the wall clock", p)
                    .isFalse();
        }
    }
}

package org.meldcode.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.model.AccusedAndParentsInformed;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Actor;
import org.meldcode.model.AcuteDanger;
import org.meldcode.model.Advice;
import org.meldcode.model.BoardNotification;
import org.meldcode.model.Case;
import org.meldcode.model.Channel;
import org.meldcode.model.Closure;
import org.meldcode.model.Consultation;
import org.meldcode.model.ConversationSkip;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.ExceptionKind;
import org.meldcode.model.HelpAgreement;
import org.meldcode.model.HelpEvaluation;
import org.meldcode.model.IbNotification;
import org.meldcode.model.InspectorConsultation;
import org.meldcode.model.LogEntry;
import org.meldcode.model.ParentsConversation;
import org.meldcode.model.PoliceReport;
import org.meldcode.model.Position;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.PupilConversation;
import org.meldcode.model.PupilReadinessCheck;
import org.meldcode.model.Report;
import org.meldcode.model.ReportConversation;
import org.meldcode.model.RiskAssessment;
import org.meldcode.model.Role;
import org.meldcode.model.SafetyException;
import org.meldcode.model.Signal;
import org.meldcode.model.Source;
import org.meldcode.model.StaffSuspicion;
import org.meldcode.model.Substitution;
import org.meldcode.model.Suspect;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.model.Teller;
import org.meldcode.model.TellingArrangement;
import org.meldcode.model.Threat;
import org.meldcode.model.Topic;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.json.JsonMapper;

/** read(write(case)) equals case, for every kind of event and for long generated cases. */
class CaseJsonRoundTripTest {

    static final Instant T0 = Instant.parse("2026-09-07T07:30:00Z");
    static final Actor TEACHER = Actor.of(Role.TEACHER, "lk-104");
    static final Actor IB = Actor.of(Role.INTERN_BEGELEIDER, "ib-201");
    static final Actor DIRECTOR = Actor.of(Role.DIRECTOR, "dir-301");
    static final Actor SMW = Actor.of(Role.SCHOOL_SOCIAL_WORKER, "smw-401");

    /** One action of every type, with non-default values where a field allows them. */
    static List<Action> oneOfEach(Instant at) {
        return List.of(
                new IbNotification(at, TEACHER),
                new LogEntry(
                        at,
                        TEACHER,
                        LocalDate.of(2026, 9, 7),
                        Signal.DISCLOSURE,
                        Source.PUPIL,
                        "Zei: \"papa slaat\" — ëën regel\nmet een tweede regel en een tab\t.",
                        true),
                new Consultation(at, IB, Set.of(TEACHER, IB, SMW), true),
                new PupilReadinessCheck(at, IB, Set.of(TEACHER, IB), true),
                new PupilConversation(at, TEACHER, true),
                new ParentsConversation(at, IB, Set.of(IB, DIRECTOR), EnumSet.of(Topic.PURPOSE, Topic.FOLLOW_UP), true),
                new ConversationSkip(at, DIRECTOR, Set.of(Threat.CHILD), "Vader dreigde na een eerder gesprek."),
                new RiskAssessment(
                        at,
                        IB,
                        Set.of(TEACHER, IB),
                        SuspicionLevel.CONFIRMED,
                        true,
                        true,
                        true,
                        "Weighed on what steps 1 to 3 brought."),
                new Decision(
                        at, IB, Set.of(IB, DIRECTOR), DecisionKind.ORGANISE_HELP, true, true, true, true, "Grond."),
                new Report(at, IB, true, false),
                new ReportConversation(at, DIRECTOR, Set.of(IB, DIRECTOR), true),
                new Advice(at, TEACHER, true),
                new Closure(at, IB, "Afgesloten."),
                new HelpAgreement(at, IB, LocalDate.of(2026, 11, 2), IB, "Opvoedondersteuning via het wijkteam."),
                new HelpEvaluation(at, DIRECTOR, true, "Veilig; afspraken over volgen."),
                new SafetyException(at, IB, ExceptionKind.PARENTS_NOT_TOLD, Threat.CHILD, "Vader dreigde."),
                new StaffSuspicion(at, TEACHER, Suspect.of("t-999", Position.TEACHER), true),
                new BoardNotification(at, TEACHER, Channel.DIRECT),
                new InspectorConsultation(at, Actor.of(Role.BOARD, "board-1"), false),
                new AccusedAndParentsInformed(at, Actor.of(Role.BOARD, "board-1")),
                new PoliceReport(at, Actor.of(Role.BOARD, "board-1")),
                new Substitution(at, Actor.of(Role.BOARD, "board-1"), Role.INTERN_BEGELEIDER, "af-1"),
                new AcuteDanger(at, TEACHER, "Vader dreigt vanavond; het kind durft niet naar huis."),
                new TellingArrangement(at, IB, Teller.VEILIG_THUIS, "Veilig Thuis vertelt het de ouders morgen."));
    }

    static Stream<Action> everyActionType() {
        return oneOfEach(T0).stream();
    }

    @Test
    void the_examples_cover_every_action_type() {
        Set<ActionType> types = EnumSet.noneOf(ActionType.class);
        oneOfEach(T0).forEach(a -> types.add(a.type()));
        assertThat(types).containsExactlyInAnyOrder(ActionType.values());
    }

    @ParameterizedTest(name = "a case with one {0} reads back equal to itself")
    @MethodSource("everyActionType")
    void a_case_with_one_event_of_each_type_reads_back_equal(Action action) {
        Case c = Case.open("case-1", "pupil-1", ProtocolRef.STAPPENPLAN_2021).append(action);
        String json = CaseJson.write(c);
        assertThat(CaseJson.read(json)).isEqualTo(c);
        assertThat(json).contains("\"type\" : \"" + action.type().name() + "\"");
    }

    @Test
    void a_case_with_every_type_of_event_reads_back_equal_and_writes_the_same_text_again() {
        Case c = Case.open("case-2", "pupil-2", ProtocolRef.STAPPENPLAN_2021);
        for (Action a : oneOfEach(T0)) {
            c = c.append(a);
        }
        String json = CaseJson.write(c);
        Case again = CaseJson.read(json);
        assertThat(again).isEqualTo(c);
        assertThat(CaseJson.write(again)).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"schemaVersion\" : 1,");
    }

    @Test
    void an_empty_case_reads_back_equal() {
        Case c = Case.open("case-3", "pupil-3", ProtocolRef.STAPPENPLAN_2021);
        assertThat(CaseJson.read(CaseJson.write(c))).isEqualTo(c);
    }

    @Test
    void sets_are_written_in_a_fixed_order_whatever_their_order_in_memory() {
        Consultation a = new Consultation(T0, IB, Set.of(SMW, TEACHER, IB), true);
        String json = CaseJson.tree(a).get("participants").toString();
        assertThat(json.indexOf("lk-104")).isLessThan(json.indexOf("ib-201"));
        assertThat(json.indexOf("ib-201")).isLessThan(json.indexOf("smw-401"));
    }

    @Test
    void long_generated_cases_read_back_equal() {
        qt().withExamples(200)
                .forAll(cases())
                .checkAssert(c -> assertThat(CaseJson.read(CaseJson.write(c))).isEqualTo(c));
    }

    @Test
    void a_host_mapper_with_the_module_reads_and_writes_cases_inside_its_own_documents() {
        JsonMapper mapper =
                JsonMapper.builder().addModule(new MeldcodeJsonModule()).build();
        Case c = Case.open("case-4", "pupil-4", ProtocolRef.STAPPENPLAN_2021);
        for (Action a : oneOfEach(T0)) {
            c = c.append(a);
        }
        String doc = mapper.writeValueAsString(Map.of("school", "fictief", "case", c));
        HostDocument read = mapper.readValue(doc, HostDocument.class);
        assertThat(read.caseFile()).isEqualTo(c);
        Action action =
                mapper.readValue(mapper.writeValueAsString(c.events().get(1).action()), Action.class);
        assertThat(action).isEqualTo(c.events().get(1).action());
    }

    /** A host's own document that holds a case. */
    record HostDocument(
            String school,

            @com.fasterxml.jackson.annotation.JsonProperty("case")
            Case caseFile) {}

    private static Gen<Case> cases() {
        Gen<Integer> picks = Generate.range(0, 12);
        return SourceDSL.lists()
                .of(picks.zip(Generate.range(0, 500), (p, gap) -> new int[] {p, gap}))
                .ofSizeBetween(0, 300)
                .map(moves -> {
                    Case c = Case.open("case-g", "pupil-g", ProtocolRef.STAPPENPLAN_2021);
                    Instant at = T0;
                    List<Action> all = new ArrayList<>();
                    for (int[] m : moves) {
                        at = at.plusSeconds(m[1]);
                        all.add(oneOfEach(at).get(m[0]));
                    }
                    for (Action a : all) {
                        c = c.append(a);
                    }
                    return c;
                });
    }
}

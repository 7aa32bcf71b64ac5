package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.rules.Story.*;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.Explanation;
import org.meldcode.engine.Finding;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Obligation;
import org.meldcode.engine.Reason;
import org.meldcode.model.Case;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.ProtocolRef;
import org.meldcode.model.Report;
import org.meldcode.model.SuspicionLevel;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.facts.Fact;
import org.meldcode.testing.Generators;
import org.meldcode.testing.Replay;

/**
 * Why, why not, what next: every refusal explains itself with its clause, what triggered it and
 * what would make the action permitted; {@code explain} gives the chain of rules, derived facts
 * and events behind a ruling, read from the rules as they run; obligations say since when they are
 * open.
 */
class ExplanationTest {

    private static final Pattern UNFILLED = Pattern.compile("\\{\\d+}");
    private static final List<Locale> LANGUAGES = List.of(Message.DUTCH, Locale.ENGLISH);

    @Test
    void a_refused_report_explains_the_missing_decision_the_rule_behind_it_and_what_to_do() {
        // GIVEN a case weighed and discussed, without a decision
        Story story =
                Story.newCase().ibInformed().consulted().parentsTalkedTo().weighed(SuspicionLevel.VERY_STRONG, false);
        // WHEN the IB asks why a report is refused
        Explanation why = ENGINE.explain(story.caseFile(), new Report(story.next(), IB, true, false));
        // THEN the refusal is traced to its rule and clause, with a remedy
        assertThat(why.ruling().refused()).isTrue();
        assertThat(why.ruling().clauseIds()).contains("SP-5.1");
        Reason reason =
                why.refusals().get(why.ruling().clauseIds().stream().toList().indexOf("SP-5.1"));
        assertThat(reason.rule()).hasValue("SP-5.1 a report follows a decision to report");
        assertThat(reason.clause().orElseThrow().id()).isEqualTo("SP-5.1");
        String text = why.render(Locale.ENGLISH);
        assertThat(text)
                .contains("Not permitted: report to Veilig Thuis")
                .contains("What can be done: Let the IB and management decide to report first.");
        assertThat(UNFILLED.matcher(text).find()).as(text).isFalse();
    }

    @Test
    void a_permitted_action_is_explained_by_the_derived_state_down_to_the_events() {
        // GIVEN the IB was informed and the signals were discussed
        Story story = Story.newCase().signalLogged().ibInformed().consulted();
        Case c = story.caseFile();
        // WHEN a conversation with the parents is explained
        Explanation why = ENGINE.explain(c, parentsConversation(story.next(), IB, false));
        // THEN it is permitted, and the state says step 2 is completed, resting on the consultation event
        assertThat(why.ruling().permitted()).isTrue();
        assertThat(why.refusals()).isEmpty();
        Reason step2 = why.state().stream()
                .filter(r -> r.conclusion().equals(Message.of("fact.step-done", 2)))
                .findFirst()
                .orElseThrow();
        assertThat(step2.rule()).isPresent();
        assertThat(step2.clause().orElseThrow().id()).startsWith("SP-2");
        assertThat(step2.because()).anySatisfy(r -> {
            assertThat(r.isEvent()).isTrue();
            assertThat(r.event()).isEqualTo(c.size());
        });
        assertThat(why.render(Message.DUTCH)).contains("Stap 2 is afgerond.").contains("Toegestaan");
    }

    @Test
    void every_rule_named_in_an_explanation_is_a_rule_of_the_knowledge_base() {
        Set<String> rules = new HashSet<>();
        for (org.kie.api.definition.KiePackage p :
                RuleBases.of(ProtocolRef.STAPPENPLAN_2021).getKiePackages()) {
            p.getRules().forEach(r -> rules.add(r.getName()));
        }
        Story story =
                Story.newCase().ibInformed().consulted().parentsTalkedTo().weighed(SuspicionLevel.DOUBTFUL, false);
        Explanation why =
                ENGINE.explain(story.caseFile(), decision(story.next(), DecisionKind.ORGANISE_HELP, true, true));
        List<String> named = new ArrayList<>();
        collectRules(why.refusals(), named);
        collectRules(why.state(), named);
        assertThat(named).isNotEmpty();
        assertThat(rules).containsAll(named);
    }

    @Test
    void explain_rules_as_evaluate_does_and_every_text_it_gives_is_filled_in_in_both_languages() {
        Protocol protocol = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        Set<String> refusalKeys = new HashSet<>();
        qt().withExamples(Integer.getInteger("meldcode.examples", 1_000) / 20)
                .forAll(Generators.sequences(1, 40))
                .checkAssert(moves -> {
                    List<Replay.Step> steps = Replay.run(ENGINE, protocol, moves);
                    for (Replay.Step step : steps) {
                        Explanation why = ENGINE.explain(step.before(), step.action());
                        assertThat(why.ruling()).isEqualTo(step.result().ruling());
                        assertThat(why.refusals())
                                .hasSameSizeAs(step.result().ruling().findings());
                        for (Locale language : LANGUAGES) {
                            String text = why.render(language);
                            assertThat(UNFILLED.matcher(text).find()).as(text).isFalse();
                        }
                        for (Finding f : step.result().ruling().findings()) {
                            refusalKeys.add(f.explanation().key());
                        }
                    }
                    Case c = steps.get(steps.size() - 1).after();
                    Guidance guidance = ENGINE.guide(c);
                    for (Obligation o : guidance.obligations()) {
                        assertThat(o.since().isPresent())
                                .as("%s in %s", o.text().key(), c)
                                .isEqualTo(!c.isEmpty());
                        if (!c.isEmpty()) {
                            assertThat(o.since().orElseThrow())
                                    .isBeforeOrEqualTo(c.lastEventAt().orElseThrow());
                        }
                        for (Locale language : LANGUAGES) {
                            assertThat(UNFILLED.matcher(o.text().in(language)).find())
                                    .isFalse();
                        }
                    }
                });
        assertThat(refusalKeys).as("refusal texts met along the sequences").hasSizeGreaterThan(15);
    }

    @Test
    void every_derived_state_has_a_text_in_dutch_and_english() {
        for (Fact fact : Fact.values()) {
            for (Locale language : LANGUAGES) {
                assertThat(Message.of("fact." + fact.name()).in(language)).isNotBlank();
            }
        }
    }

    @Test
    void the_obligation_to_tell_the_parents_is_open_since_the_report() {
        // GIVEN a report made at a known moment, and later logbook entries
        Story story = Story.newCase()
                .ibInformed()
                .consulted()
                .parentsTalkedTo()
                .weighed(SuspicionLevel.VERY_STRONG, false)
                .reported();
        Instant reportedAt = story.caseFile().lastEventAt().orElseThrow();
        story.signalLogged();
        // WHEN guided
        Guidance guidance = ENGINE.guide(story.caseFile());
        // THEN telling the parents is owed since the report, and informing the IB is not owed
        Obligation tell = guidance.obligations().stream()
                .filter(o -> o.text().key().equals("owed.tell-parents-of-report"))
                .findFirst()
                .orElseThrow();
        assertThat(tell.since()).hasValue(reportedAt);
    }

    @Test
    void informing_the_ib_is_owed_since_the_first_signal() {
        Story story = Story.newCase().signalLogged();
        Instant first = story.caseFile().lastEventAt().orElseThrow();
        story.signalLogged();
        Obligation inform = ENGINE.guide(story.caseFile()).obligations().stream()
                .filter(o -> o.text().key().equals("owed.inform-ib"))
                .findFirst()
                .orElseThrow();
        assertThat(inform.since()).hasValue(first);
        assertThat(ENGINE.guide(Story.newCase().caseFile()).obligations())
                .allSatisfy(o -> assertThat(o.since()).isEmpty());
    }

    private static void collectRules(List<Reason> reasons, List<String> into) {
        for (Reason r : reasons) {
            r.rule().ifPresent(into::add);
            collectRules(r.because(), into);
        }
    }
}

package org.meldcode.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;
import org.meldcode.engine.Reason;
import org.meldcode.model.Action;
import org.meldcode.model.Event;
import org.meldcode.protocol.Clause;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.facts.Clauses;
import org.meldcode.rules.facts.Dates;
import org.meldcode.rules.facts.Derived;
import org.meldcode.rules.facts.LatestDecision;
import org.meldcode.rules.facts.LatestWeighing;
import org.meldcode.rules.facts.NameMention;
import org.meldcode.rules.facts.Owed;
import org.meldcode.rules.facts.Refusal;
import org.meldcode.rules.facts.StepDone;

/**
 * Records, while the rules run, which rule inserted each fact and which facts that rule matched:
 * the raw material of an {@link org.meldcode.engine.Explanation}. One tracer per session; used
 * only by {@code explain}, so other calls pay nothing for it.
 */
final class Tracer {

    /** The rule that inserted a fact and the facts it matched (positive patterns, in order). */
    private record Derivation(Rule rule, List<Object> premises) {}

    private final Map<Object, Derivation> derivations = new IdentityHashMap<>();
    private Match firing;

    final AgendaEventListener agenda = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
        }
    };

    final RuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (firing != null) {
                derivations.putIfAbsent(
                        event.getObject(), new Derivation(firing.getRule(), List.copyOf(firing.getObjects())));
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            derivations.remove(event.getOldObject());
        }
    };

    /** Whether a fact in the session is part of the case's derived state. */
    static boolean isState(Object o) {
        return o instanceof StepDone
                || o instanceof Derived
                || o instanceof LatestWeighing
                || o instanceof LatestDecision;
    }

    /** Orders the state: completed steps first, by step, then the rest as derived. */
    static String stateOrder(Object o) {
        if (o instanceof StepDone s) {
            return "0-" + s.step();
        } else if (o instanceof LatestWeighing) {
            return "1-weighing";
        } else if (o instanceof LatestDecision) {
            return "2-decision";
        } else if (o instanceof Derived d) {
            return "3-" + String.format("%02d", d.fact().ordinal());
        }
        return "9";
    }

    /** The reason for a fact: what it says, the rule and clause behind it, and its premises. */
    Reason reason(Object fact, Protocol protocol) {
        return reason(fact, protocol, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private Reason reason(Object fact, Protocol protocol, Set<Object> visiting, int depth) {
        if (fact instanceof Event e) {
            return new Reason(
                    Message.of(
                            "explain.event",
                            e.sequence(),
                            e.action().type(),
                            LocalDate.ofInstant(e.action().at(), Dates.SCHOOL_ZONE)),
                    Optional.empty(),
                    Optional.empty(),
                    e.sequence(),
                    List.of());
        }
        Derivation d = derivations.get(fact);
        List<Reason> because = new ArrayList<>();
        if (d != null && depth < 16 && visiting.add(fact)) {
            for (Object premise : d.premises()) {
                if (premise instanceof Event || derivations.containsKey(premise) || premise instanceof Action) {
                    because.add(reason(premise, protocol, visiting, depth + 1));
                }
            }
            visiting.remove(fact);
        }
        Optional<String> rule =
                d == null ? Optional.empty() : Optional.of(d.rule().getName());
        Optional<Clause> clause = Optional.empty();
        if (d != null) {
            String id = Clauses.of(d.rule());
            if (!id.isEmpty()) {
                clause = Optional.of(protocol.resolve(id));
            }
        }
        return new Reason(describe(fact), rule, clause, 0, because);
    }

    /** What a fact says, for people to read. */
    static Message describe(Object fact) {
        if (fact instanceof Refusal r) {
            return new Message(r.key(), r.args());
        } else if (fact instanceof Owed w) {
            return new Message(w.key(), w.args());
        } else if (fact instanceof Derived d) {
            return Message.of("fact." + d.fact().name());
        } else if (fact instanceof StepDone s) {
            return Message.of("fact.step-done", s.step());
        } else if (fact instanceof LatestWeighing w) {
            return Message.of("fact.latest-weighing", w.sequence(), w.weighing().level());
        } else if (fact instanceof LatestDecision d) {
            return Message.of("fact.latest-decision", d.sequence(), d.decision().kind());
        } else if (fact instanceof org.meldcode.rules.facts.LatestHelp h) {
            return Message.of("fact.latest-help", h.sequence(), h.agreement().deadline());
        } else if (fact instanceof org.meldcode.rules.facts.StaffSuspect) {
            return Message.of("fact.staff-suspect");
        } else if (fact instanceof org.meldcode.rules.facts.SuspectHolds h) {
            return Message.of("fact.suspect-holds", h.role());
        } else if (fact instanceof org.meldcode.rules.facts.Substitute s) {
            return Message.of("fact.substitute", s.role(), s.staffId());
        } else if (fact instanceof org.meldcode.rules.facts.Exempt) {
            return Message.of("fact.exempt");
        } else if (fact instanceof NameMention) {
            return Message.of("fact.name-mention");
        } else if (fact instanceof Action a) {
            return Message.of("explain.proposal", a.type());
        }
        return Message.of("fact.other", fact.getClass().getSimpleName());
    }
}

package org.meldcode.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.meldcode.model.ActionType;
import org.meldcode.model.Role;
import org.meldcode.protocol.ActionSpec;
import org.meldcode.protocol.Flow;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.protocol.Step;

/**
 * A protocol as nodes and edges, in one language: the common ground of the Mermaid text and the
 * SVG picture. Everything is derived from the {@link Protocol} and its {@link Flow}.
 */
final class FlowGraph {

    enum Kind {
        START,
        ANY_STEP,
        STEP,
        SKIP,
        OUTCOME
    }

    /**
     * A box of the diagram.
     *
     * @param id    a stable id (letters, digits, underscore)
     * @param kind  what the box stands for
     * @param row   its row, from 0 at the top
     * @param title its heading
     * @param lines its further lines (an action and its roles each)
     */
    record Node(String id, Kind kind, int row, String title, List<String> lines) {}

    /**
     * An arrow of the diagram.
     *
     * @param from   the id of the node it starts at
     * @param to     the id of the node it points to
     * @param label  its label, or empty
     * @param dashed whether it is a path off the main line (a skip)
     */
    record Edge(String from, String to, String label, boolean dashed) {}

    final Protocol protocol;
    final Locale locale;
    final String title;
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Edge> edges = new ArrayList<>();
    /** The roles the boxes show for each kind of action, in the order they are drawn. */
    final Map<ActionType, Set<Role>> shown = new EnumMap<>(ActionType.class);

    FlowGraph(Protocol protocol, Locale locale) {
        this.protocol = protocol;
        this.locale = Fmt.language(locale);
        this.title = Fmt.say("diagram.title", this.locale, protocol.ref().toString());
        Flow flow = protocol.flow();
        List<Step> steps = protocol.steps();

        add(new Node("start", Kind.START, 0, Fmt.say("diagram.start", this.locale), List.of()));
        List<String> anyStep = new ArrayList<>();
        for (ActionSpec spec : protocol.actions().values()) {
            if (spec.step() == 0) {
                anyStep.add(actionLine(spec));
            }
        }
        // The acute route (AR-1.3): after acute danger is recorded, every staff member who may record
        // it may make the report at once; the board never does.
        ActionSpec acute = protocol.actions().get(ActionType.ACUTE_DANGER);
        if (acute != null && protocol.actions().containsKey(ActionType.REPORT)) {
            Set<Role> reporters = EnumSet.noneOf(Role.class);
            reporters.addAll(acute.roles());
            reporters.remove(Role.BOARD);
            if (!reporters.isEmpty()) {
                anyStep.add(Fmt.say("diagram.acute-report", this.locale, Fmt.list(reporters, this.locale)));
                show(ActionType.REPORT, reporters);
            }
        }
        if (!anyStep.isEmpty()) {
            add(new Node("any", Kind.ANY_STEP, 0, Fmt.say("diagram.any-step", this.locale), anyStep));
        }
        int row = 1;
        Map<Integer, Integer> rowOfStep = new LinkedHashMap<>();
        for (Step step : steps) {
            List<String> lines = new ArrayList<>();
            for (ActionSpec spec : protocol.actions().values()) {
                if (spec.step() == step.number() && !flow.skips().containsValue(spec.type())) {
                    lines.add(actionLine(spec));
                }
            }
            rowOfStep.put(step.number(), row);
            add(new Node(
                    stepId(step.number()),
                    Kind.STEP,
                    row++,
                    Fmt.say("diagram.step", this.locale, step.number(), step.name()),
                    lines));
        }
        int lastRow = row;
        // The main line: the steps in order, and any order the protocol requires beyond it.
        edges.add(new Edge("start", stepId(steps.get(0).number()), "", false));
        for (int i = 0; i + 1 < steps.size(); i++) {
            edges.add(new Edge(
                    stepId(steps.get(i).number()), stepId(steps.get(i + 1).number()), "", false));
        }
        for (Step step : steps) {
            int before = protocol.requiredBefore(step.number());
            if (before > 0 && !consecutive(steps, before, step.number())) {
                edges.add(new Edge(stepId(before), stepId(step.number()), "", false));
            }
        }
        // Skips: from the step before the skipped one, past it, to the step that follows it.
        for (Map.Entry<Integer, ActionType> skip : flow.skips().entrySet()) {
            int s = skip.getKey();
            ActionSpec spec = protocol.actions().get(skip.getValue());
            List<String> lines = spec == null ? List.of() : List.of(actionLine(spec));
            String id = "skip" + s;
            add(new Node(id, Kind.SKIP, rowOfStep.get(s), Fmt.say("diagram.skip", this.locale, s), lines));
            int before = protocol.requiredBefore(s);
            int index = indexOf(steps, s);
            if (before == 0 && index > 0) {
                before = steps.get(index - 1).number();
            }
            if (before > 0) {
                edges.add(new Edge(stepId(before), id, Fmt.say("diagram.skip.edge", this.locale), true));
            }
            int after = 0;
            for (Step other : steps) {
                if (protocol.requiredBefore(other.number()) == s) {
                    after = other.number();
                }
            }
            if (after == 0 && index + 1 < steps.size()) {
                after = steps.get(index + 1).number();
            }
            if (after > 0) {
                edges.add(new Edge(id, stepId(after), "", true));
            }
        }
        // End states: beside the step they are reached from, or below the last step.
        for (Flow.Outcome outcome : flow.outcomes()) {
            int r = outcome.step() == 0 ? lastRow : rowOfStep.get(outcome.step());
            add(new Node(
                    outcomeId(outcome.id()),
                    Kind.OUTCOME,
                    r,
                    Message.of(flow.outcomeKey(outcome)).in(this.locale),
                    List.of()));
        }
        for (Flow.Branch branch : flow.branches()) {
            edges.add(new Edge(
                    endpoint(flow, branch.from()),
                    endpoint(flow, branch.to()),
                    Message.of(flow.branchKey(branch)).in(this.locale),
                    false));
        }
    }

    private void add(Node node) {
        nodes.put(node.id(), node);
    }

    private void show(ActionType type, Set<Role> roles) {
        shown.computeIfAbsent(type, t -> EnumSet.noneOf(Role.class)).addAll(roles);
    }

    private String actionLine(ActionSpec spec) {
        Set<Role> roles = protocol.flow().rolesShown(spec.type(), spec.roles());
        show(spec.type(), roles);
        return Message.render(spec.type(), locale) + ": " + Fmt.list(roles, locale);
    }

    static String stepId(int step) {
        return "step" + step;
    }

    static String outcomeId(String outcome) {
        return "outcome_" + outcome.replaceAll("[^A-Za-z0-9]", "_");
    }

    private static String endpoint(Flow flow, String text) {
        return flow.outcome(text).isPresent() ? outcomeId(text) : stepId(Integer.parseInt(text));
    }

    private static int indexOf(List<Step> steps, int number) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }

    private static boolean consecutive(List<Step> steps, int a, int b) {
        int i = indexOf(steps, a);
        return i >= 0 && i + 1 < steps.size() && steps.get(i + 1).number() == b;
    }
}

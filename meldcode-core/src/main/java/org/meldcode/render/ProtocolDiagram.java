package org.meldcode.render;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.meldcode.model.ActionType;
import org.meldcode.model.Role;
import org.meldcode.protocol.Flow;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.render.FlowGraph.Edge;
import org.meldcode.render.FlowGraph.Kind;
import org.meldcode.render.FlowGraph.Node;

/**
 * A protocol as a flow chart, generated from the protocol's own definition: its steps in order
 * with each step's actions and the roles that may take them, the actions allowed in any step, the
 * steps that may be skipped, and the end states and branches its {@link Flow} declares.
 *
 * <p>Rendered as Mermaid flowchart text or as a standalone SVG picture (no scripts, no external
 * references, generic sans-serif font). Labels come from the message bundle: Dutch by default,
 * English for an English locale.
 *
 * <pre>{@code
 * String svg = ProtocolDiagram.of(Protocol.of(ProtocolRef.STAPPENPLAN_2021)).svg(Locale.ENGLISH);
 * }</pre>
 */
public final class ProtocolDiagram {

    private final Protocol protocol;

    private ProtocolDiagram(Protocol protocol) {
        this.protocol = Objects.requireNonNull(protocol, "protocol is required");
    }

    /** The diagram of a protocol. */
    public static ProtocolDiagram of(Protocol protocol) {
        return new ProtocolDiagram(protocol);
    }

    /**
     * The roles the diagram shows for each kind of action: for every kind of action it draws, the
     * roles its boxes name as those who may take it (in its step, in any step, or on the acute route).
     * The rules are the authority; a test in meldcode-rules keeps this equal to what they permit.
     */
    public Map<ActionType, Set<Role>> roles() {
        Map<ActionType, Set<Role>> roles = new EnumMap<>(ActionType.class);
        new FlowGraph(protocol, Message.DUTCH).shown.forEach((type, who) -> roles.put(type, Set.copyOf(who)));
        return Collections.unmodifiableMap(roles);
    }

    /** The diagram as a standalone SVG document, in Dutch. */
    public String svg() {
        return svg(Message.DUTCH);
    }

    /** The diagram as a standalone SVG document: English for an English locale, Dutch otherwise. */
    public String svg(Locale locale) {
        return DiagramSvg.render(new FlowGraph(protocol, locale));
    }

    /** The diagram as Mermaid flowchart text, in Dutch. */
    public String mermaid() {
        return mermaid(Message.DUTCH);
    }

    /** The diagram as Mermaid flowchart text: English for an English locale, Dutch otherwise. */
    public String mermaid(Locale locale) {
        FlowGraph g = new FlowGraph(protocol, locale);
        StringBuilder out = new StringBuilder(4096);
        out.append("---\ntitle: \"").append(mermaidText(g.title)).append("\"\n---\n");
        out.append("flowchart TD\n");
        for (Node n : g.nodes.values()) {
            StringBuilder label =
                    new StringBuilder("<b>").append(mermaidText(n.title())).append("</b>");
            for (String line : n.lines()) {
                label.append("<br/>").append(mermaidText(line));
            }
            String shape = switch (n.kind()) {
                case START -> "([\"%s\"])";
                case OUTCOME -> "([\"%s\"])";
                case SKIP -> "{{\"%s\"}}";
                case ANY_STEP -> "[/\"%s\"/]";
                case STEP -> "[\"%s\"]";
            };
            out.append("    ")
                    .append(n.id())
                    .append(String.format(Locale.ROOT, shape, label))
                    .append('\n');
        }
        for (Edge e : g.edges) {
            out.append("    ").append(e.from()).append(e.dashed() ? " -.->" : " -->");
            if (!e.label().isEmpty()) {
                out.append("|\"").append(mermaidText(e.label())).append("\"|");
            }
            out.append(' ').append(e.to()).append('\n');
        }
        out.append("    classDef step fill:#eef3fb,stroke:#4a6fa5\n");
        out.append("    classDef skip fill:#fff4e0,stroke:#c07a00,stroke-dasharray:6 4\n");
        out.append("    classDef outcome fill:#e8f5ea,stroke:#3b8b4b\n");
        out.append("    classDef any fill:#f4f4f4,stroke:#777777,stroke-dasharray:4 3\n");
        for (Kind kind : List.of(Kind.STEP, Kind.SKIP, Kind.OUTCOME, Kind.ANY_STEP)) {
            List<String> ids = g.nodes.values().stream()
                    .filter(n -> n.kind() == kind)
                    .map(Node::id)
                    .toList();
            if (!ids.isEmpty()) {
                String cls = switch (kind) {
                    case STEP -> "step";
                    case SKIP -> "skip";
                    case OUTCOME -> "outcome";
                    default -> "any";
                };
                out.append("    class ")
                        .append(String.join(",", ids))
                        .append(' ')
                        .append(cls)
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Text safe inside a quoted Mermaid label: quotes and markup become Mermaid entity codes. */
    static String mermaidText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '#' -> out.append("#35;");
                case '&' -> out.append("#amp;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

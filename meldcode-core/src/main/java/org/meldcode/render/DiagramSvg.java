package org.meldcode.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meldcode.render.FlowGraph.Edge;
import org.meldcode.render.FlowGraph.Kind;
import org.meldcode.render.FlowGraph.Node;

/**
 * Lays out a {@link FlowGraph} as SVG: the steps in a column, skipped steps to their left, the
 * start and the end states to their right, the actions allowed in any step in a wide box below
 * (so that step 1 follows the start directly); arrows between neighbours are straight, longer ones
 * run in channels on the right. The picture is at most {@link #MAX_WIDTH} wide for the protocols
 * the library ships.
 */
final class DiagramSvg {

    private static final double MARGIN = 20;
    private static final double TOP = 56;
    private static final double SKIP_W = 190;
    private static final double MAIN_W = 370;
    private static final double SIDE_W = 250;
    private static final double GAP_SKIP = 50;
    private static final double GAP_SIDE = 150;
    /** Room right of the channels for their labels. */
    private static final double CHANNEL_LABEL_W = 150;
    /** The widest a picture may be, in pixels: it fits a 1280 px screen. */
    static final double MAX_WIDTH = 1280;

    private static final double ROW_GAP = 48;
    private static final double STACK_GAP = 14;
    private static final double CHANNEL_GAP = 18;
    private static final double TITLE_SIZE = 13;
    private static final double LINE_SIZE = 11.5;
    private static final double LABEL_SIZE = 11;
    private static final double PAD = 10;

    private record Box(
            Node node, double x, double y, double w, double h, List<String> title, List<List<String>> lines) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        double bottom() {
            return y + h;
        }

        double right() {
            return x + w;
        }
    }

    private DiagramSvg() {}

    static String render(FlowGraph g) {
        boolean skips = g.nodes.values().stream().anyMatch(n -> n.kind() == Kind.SKIP);
        double skipX = MARGIN;
        double mainX = skips ? MARGIN + SKIP_W + GAP_SKIP : MARGIN;
        double sideX = mainX + MAIN_W + GAP_SIDE;
        double channelX = sideX + SIDE_W + 24;
        double anyW = sideX + SIDE_W - MARGIN;

        // Measure the boxes.
        Map<String, Box> boxes = new HashMap<>();
        int rows = 0;
        for (Node n : g.nodes.values()) {
            rows = Math.max(rows, n.row() + 1);
        }
        double[] rowHeight = new double[rows];
        Map<Integer, List<Box>> side = new HashMap<>();
        List<Box> measured = new ArrayList<>();
        for (Node n : g.nodes.values()) {
            double w = switch (n.kind()) {
                case SKIP -> SKIP_W;
                case START, STEP -> MAIN_W;
                case OUTCOME -> SIDE_W;
                case ANY_STEP -> anyW;
            };
            List<String> title = Svg.wrap(n.title(), Svg.fit(w - 2 * PAD, TITLE_SIZE));
            List<List<String>> lines = new ArrayList<>();
            double h = PAD * 2 + title.size() * TITLE_SIZE * 1.3;
            for (String line : n.lines()) {
                List<String> wrapped = Svg.wrap(line, Svg.fit(w - 2 * PAD - 10, LINE_SIZE));
                lines.add(wrapped);
                h += wrapped.size() * LINE_SIZE * 1.3 + 3;
            }
            if (!lines.isEmpty()) {
                h += 4;
            }
            Box b = new Box(n, 0, 0, w, h, title, lines);
            measured.add(b);
            if (n.kind() == Kind.ANY_STEP) {
                continue; // below the rows, in a row of its own
            }
            if (n.kind() == Kind.OUTCOME) {
                side.computeIfAbsent(n.row(), r -> new ArrayList<>()).add(b);
            } else {
                rowHeight[n.row()] = Math.max(rowHeight[n.row()], h);
            }
        }
        for (Map.Entry<Integer, List<Box>> stack : side.entrySet()) {
            double h = -STACK_GAP;
            for (Box b : stack.getValue()) {
                h += b.h() + STACK_GAP;
            }
            rowHeight[stack.getKey()] = Math.max(rowHeight[stack.getKey()], h);
        }
        double[] rowY = new double[rows];
        double y = TOP;
        for (int r = 0; r < rows; r++) {
            rowY[r] = y;
            y += rowHeight[r] + ROW_GAP;
        }
        double anyY = y;
        for (Box b : measured) {
            if (b.node().kind() == Kind.ANY_STEP) {
                y += b.h() + ROW_GAP;
            }
        }
        double height = y - ROW_GAP + MARGIN + 10;
        Map<Integer, Double> stackY = new HashMap<>();
        for (Box b : measured) {
            Node n = b.node();
            double x;
            double by = rowY[n.row()];
            switch (n.kind()) {
                case SKIP -> x = skipX;
                case START, STEP -> x = mainX;
                case ANY_STEP -> {
                    x = MARGIN;
                    by = anyY;
                }
                default -> {
                    x = sideX;
                    by = stackY.getOrDefault(n.row(), rowY[n.row()]);
                    stackY.put(n.row(), by + b.h() + STACK_GAP);
                }
            }
            boxes.put(n.id(), new Box(n, x, by, b.w(), b.h(), b.title(), b.lines()));
        }

        // Route the edges.
        StringBuilder edges = new StringBuilder();
        int channels = 0;
        int allChannels = 0;
        for (Edge e : g.edges) {
            if (route(boxes, boxes.get(e.from()), boxes.get(e.to())) == CHANNEL) {
                allChannels++;
            }
        }
        double labelX = channelX + CHANNEL_GAP * Math.max(0, allChannels - 1) + 8;
        int channelWrap = (int) ((CHANNEL_LABEL_W - 16) / (LABEL_SIZE * Svg.CHAR));
        int acrossWrap = (int) ((GAP_SIDE - 24) / (LABEL_SIZE * Svg.CHAR));
        for (Edge e : g.edges) {
            Box from = boxes.get(e.from());
            Box to = boxes.get(e.to());
            double[] points;
            double lx;
            double ly;
            String anchor = "middle";
            int route = route(boxes, from, to);
            if (route == DOWN) {
                points = new double[] {from.cx(), from.bottom(), to.cx(), to.y()};
                lx = from.cx() + 6;
                ly = (from.bottom() + to.y()) / 2 + 4;
                anchor = "start";
            } else if (route == ACROSS) {
                double sy = Math.max(from.y() + PAD, Math.min(from.bottom() - PAD, to.cy()));
                points = new double[] {from.right(), sy, to.x(), to.cy()};
                lx = (from.right() + to.x()) / 2;
                ly = (sy + to.cy()) / 2 - 6;
            } else if (route == DOWN_LEFT) {
                points = new double[] {from.x(), from.cy(), to.cx(), to.y()};
                lx = (from.x() + to.cx()) / 2 + 8;
                ly = (from.cy() + to.y()) / 2 - 8;
                anchor = "end";
            } else if (route == DOWN_RIGHT) {
                points = new double[] {from.cx(), from.bottom(), to.x(), to.cy()};
                lx = (from.cx() + to.x()) / 2;
                ly = (from.bottom() + to.cy()) / 2 - 6;
            } else {
                double cx = channelX + CHANNEL_GAP * channels++;
                double sy = from.cy();
                double ty = to.cy();
                points = new double[] {from.right(), sy, cx, sy, cx, ty, to.right(), ty};
                lx = labelX; // right of every channel, so no channel crosses a label
                ly = sy + (ty > sy ? 16 : -8);
                anchor = "start";
            }
            edges.append("<g><title>")
                    .append(Xml.escape(from.node().title() + " → " + to.node().title()
                            + (e.label().isEmpty() ? "" : " (" + e.label() + ")")))
                    .append("</title>\n<path d=\"M");
            for (int i = 0; i < points.length; i += 2) {
                edges.append(i == 0 ? "" : " L")
                        .append(Svg.n(points[i]))
                        .append(',')
                        .append(Svg.n(points[i + 1]));
            }
            edges.append("\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.4\"")
                    .append(e.dashed() ? " stroke-dasharray=\"6,4\"" : "")
                    .append(" marker-end=\"url(#arrow)\"/>\n");
            if (!e.label().isEmpty()) {
                List<String> label =
                        Svg.wrap(e.label(), route == ACROSS || route == DOWN_RIGHT ? acrossWrap : channelWrap);
                double wide = 0;
                for (String l : label) {
                    wide = Math.max(wide, l.length() * LABEL_SIZE * Svg.CHAR);
                }
                double rx = switch (anchor) {
                    case "start" -> lx - 2;
                    case "end" -> lx - wide - 2;
                    default -> lx - wide / 2 - 2;
                };
                edges.append("<rect x=\"")
                        .append(Svg.n(rx))
                        .append("\" y=\"")
                        .append(Svg.n(ly - LABEL_SIZE))
                        .append("\" width=\"")
                        .append(Svg.n(wide + 4))
                        .append("\" height=\"")
                        .append(Svg.n(label.size() * LABEL_SIZE * 1.3 + 2))
                        .append("\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>\n");
                Svg.text(edges, lx, ly, label, LABEL_SIZE, anchor, "fill=\"#333333\" font-style=\"italic\"");
            }
            edges.append("</g>\n");
        }
        double width = channelX + CHANNEL_GAP * Math.max(0, channels - 1) + CHANNEL_LABEL_W + MARGIN;

        StringBuilder out = new StringBuilder(16_384);
        Svg.open(out, width, height, g.locale.getLanguage(), g.title, g.title);
        out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333333\"/>"
                + "</marker></defs>\n");
        Svg.text(out, MARGIN, 32, List.of(g.title), 17, "start", "font-weight=\"bold\" fill=\"#1a1a1a\"");
        for (Box b : boxes.values().stream()
                .sorted((a, c) -> a.node().row() != c.node().row()
                        ? Integer.compare(a.node().row(), c.node().row())
                        : Double.compare(a.x() + a.y() / 1e4, c.x() + c.y() / 1e4))
                .toList()) {
            box(out, b);
        }
        out.append(edges);
        out.append("</svg>\n");
        return out.toString();
    }

    private static final int DOWN = 0;
    private static final int ACROSS = 1;
    private static final int DOWN_LEFT = 2;
    private static final int DOWN_RIGHT = 3;
    private static final int CHANNEL = 4;

    /** How an arrow runs: straight down, across, diagonally down, or through a channel on the right. */
    private static int route(Map<String, Box> boxes, Box from, Box to) {
        if (Math.abs(from.x() - to.x()) < 1 && to.y() > from.bottom() && clear(boxes, from, to)) {
            return DOWN;
        }
        if (to.x() > from.right() && to.y() < from.bottom() && to.bottom() > from.y()) {
            return ACROSS;
        }
        if (to.right() < from.x() && to.y() > from.y()) {
            return DOWN_LEFT;
        }
        if (to.x() > from.right() && to.y() > from.y()) {
            return DOWN_RIGHT;
        }
        return CHANNEL;
    }

    /** Whether no other box lies between the two, in their column. */
    private static boolean clear(Map<String, Box> boxes, Box from, Box to) {
        for (Box b : boxes.values()) {
            if (b != from && b != to && Math.abs(b.x() - from.x()) < 1 && b.y() >= from.bottom() && b.y() < to.y()) {
                return false;
            }
        }
        return true;
    }

    private static void box(StringBuilder out, Box b) {
        Node n = b.node();
        String fill;
        String stroke;
        String extra = "";
        double radius = 6;
        switch (n.kind()) {
            case START -> {
                fill = "#ffffff";
                stroke = "#333333";
                radius = b.h() / 2;
            }
            case ANY_STEP -> {
                fill = "#f4f4f4";
                stroke = "#777777";
                extra = " stroke-dasharray=\"4,3\"";
            }
            case SKIP -> {
                fill = "#fff4e0";
                stroke = "#c07a00";
                extra = " stroke-dasharray=\"6,4\"";
            }
            case OUTCOME -> {
                fill = "#e8f5ea";
                stroke = "#3b8b4b";
                radius = Math.min(18, b.h() / 2);
            }
            default -> {
                fill = "#eef3fb";
                stroke = "#4a6fa5";
            }
        }
        StringBuilder full = new StringBuilder(n.title());
        n.lines().forEach(l -> full.append("; ").append(l));
        out.append("<g id=\"")
                .append(Xml.escape(n.id()))
                .append("\" class=\"")
                .append(n.kind().name().toLowerCase(java.util.Locale.ROOT))
                .append("\">\n<title>")
                .append(Xml.escape(full.toString()))
                .append("</title>\n");
        out.append("<rect x=\"")
                .append(Svg.n(b.x()))
                .append("\" y=\"")
                .append(Svg.n(b.y()))
                .append("\" width=\"")
                .append(Svg.n(b.w()))
                .append("\" height=\"")
                .append(Svg.n(b.h()))
                .append("\" rx=\"")
                .append(Svg.n(radius))
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"1.5\"")
                .append(extra)
                .append("/>\n");
        boolean centred = n.kind() == Kind.START || n.kind() == Kind.OUTCOME;
        double tx = centred ? b.cx() : b.x() + PAD;
        double ty = b.y() + PAD + TITLE_SIZE;
        Svg.text(
                out,
                tx,
                ty,
                b.title(),
                TITLE_SIZE,
                centred ? "middle" : "start",
                "font-weight=\"bold\" fill=\"#1a1a1a\"");
        ty += (b.title().size() - 1) * TITLE_SIZE * 1.3 + 4;
        for (List<String> line : b.lines()) {
            ty += LINE_SIZE * 1.3 + 3;
            out.append("<circle cx=\"")
                    .append(Svg.n(b.x() + PAD + 3))
                    .append("\" cy=\"")
                    .append(Svg.n(ty - LINE_SIZE * 0.35))
                    .append("\" r=\"2\" fill=\"")
                    .append(stroke)
                    .append("\"/>\n");
            Svg.text(out, b.x() + PAD + 10, ty, line, LINE_SIZE, "start", "fill=\"#222222\"");
            ty += (line.size() - 1) * LINE_SIZE * 1.3;
        }
        out.append("</g>\n");
    }
}

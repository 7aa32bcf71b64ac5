package org.meldcode.render;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.Obligation;
import org.meldcode.model.Action;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.model.Event;
import org.meldcode.model.Role;
import org.meldcode.protocol.Message;
import org.meldcode.protocol.Protocol;
import org.meldcode.protocol.Step;

/**
 * A case's timeline as an SVG picture: its events on a time axis, one lane per step of the
 * protocol (actions allowed in any step in a lane of their own), with refused attempts and the
 * obligations still open at "now" marked.
 *
 * <p>Each marker carries an SVG {@code <title>} (shown as a tooltip and read by screen readers)
 * with the date, the action and the role of who took it, never a staff id; the picture shows no
 * free text from the case. "Now" is the given instant, or else the last event or attempt. Times are
 * placed in the Europe/Amsterdam time zone.
 *
 * <p>Markers close in time are spread: just above or below their moment, or a little later. Where
 * a lane is too crowded for that (hundreds of events in a few days), an event joins the nearest
 * event's marker and a refused attempt the nearest refused attempt's, never an event's: such a
 * group is drawn darker, its title says how many it stands for, from when to when, and how many of
 * each action and role (or clauses), and the legend explains it only when there is one. So the
 * picture stays readable and the drawing takes time in proportion to the number of events.
 *
 * <pre>{@code
 * String svg = Timeline.of(caseFile, engine.guide(caseFile), refusedAttempts, Instant.now()).svg();
 * }</pre>
 */
public final class Timeline {

    private static final double WIDTH = 1000;
    private static final double LABEL_W = 220;
    private static final double PLOT_X = 240;
    private static final double PLOT_RIGHT = 900;
    private static final double TOP = 74;
    private static final double LANE_H = 46;

    /** The look of a single event's marker (after its centre). */
    private static final String EVENT_STYLE = "\" r=\"6\" fill=\"#4a6fa5\" stroke=\"#ffffff\" stroke-width=\"1.5\"";
    /** The look of a group of events' marker: darker, with a dark ring. */
    private static final String GROUP_STYLE = "\" r=\"6\" fill=\"#1c355e\" stroke=\"#0b1526\" stroke-width=\"2.5\"";

    private final Case caseFile;
    private final Guidance guidance;
    private final List<Attempt> refused;
    private final Instant now;

    private Timeline(Case caseFile, Guidance guidance, List<Attempt> refused, Instant now) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile is required");
        this.guidance = Objects.requireNonNull(guidance, "guidance is required");
        this.refused = List.copyOf(refused);
        this.now = now;
    }

    /**
     * The timeline of a case, without refusals, up to its last event.
     *
     * @param caseFile the case
     * @param guidance where the case stands, from {@code MeldcodeEngine.guide(caseFile)}
     */
    public static Timeline of(Case caseFile, Guidance guidance) {
        return new Timeline(caseFile, guidance, List.of(), null);
    }

    /**
     * The timeline of a case with the refused attempts the host recorded, up to the last event or
     * attempt.
     *
     * @param caseFile the case
     * @param guidance where the case stands
     * @param refused  the refused attempts, in any order
     */
    public static Timeline of(Case caseFile, Guidance guidance, List<Attempt> refused) {
        return new Timeline(caseFile, guidance, refused, null);
    }

    /**
     * The timeline of a case with the refused attempts the host recorded, up to the given moment.
     *
     * @param caseFile the case
     * @param guidance where the case stands
     * @param refused  the refused attempts, in any order
     * @param now      where the open obligations are marked; not before the last event
     */
    public static Timeline of(Case caseFile, Guidance guidance, List<Attempt> refused, Instant now) {
        return new Timeline(caseFile, guidance, refused, Objects.requireNonNull(now, "now is required"));
    }

    /** The timeline as a standalone SVG document, in Dutch. */
    public String svg() {
        return svg(Message.DUTCH);
    }

    /** The timeline as a standalone SVG document: English for an English locale, Dutch otherwise. */
    public String svg(Locale locale) {
        return draw(locale, new long[1]);
    }

    /** Draws the timeline, and keeps in {@code checks[0]} the cost of placing its markers. */
    private String draw(Locale locale, long[] checks) {
        Locale lang = Fmt.language(locale);
        Protocol protocol = Protocol.of(caseFile.protocol());
        List<Step> steps = protocol.steps();
        Map<Integer, Integer> lane = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            lane.put(steps.get(i).number(), i);
        }
        int anyLane = steps.size();
        int lanes = steps.size() + 1;

        Instant first = null;
        Instant last = null;
        for (Event e : caseFile.events()) {
            first = first == null ? e.action().at() : first;
            last = e.action().at();
        }
        for (Attempt a : refused) {
            first = first == null || a.at().isBefore(first) ? a.at() : first;
            last = last == null || a.at().isAfter(last) ? a.at() : last;
        }
        Instant end = now != null ? now : last != null ? last : Instant.now();
        Instant start = first != null && first.isBefore(end) ? first : end;
        if (last != null && last.isAfter(end)) {
            end = last;
        }
        long span = Math.max(
                Duration.between(start, end).toMillis(), Duration.ofHours(12).toMillis());
        Instant from = start.minusMillis(span / 25 + 1);
        Instant to = end.plusMillis(span / 25 + 1);
        double total = Duration.between(from, to).toMillis();

        double lanesBottom = TOP + lanes * LANE_H;
        double height = lanesBottom + 96;
        String title = Fmt.say("timeline.title", lang, caseFile.id());
        StringBuilder out = new StringBuilder(16_384);
        Svg.open(out, WIDTH, height, lang.getLanguage(), title, Fmt.say("timeline.description", lang));
        Svg.text(out, 20, 32, List.of(title), 17, "start", "font-weight=\"bold\" fill=\"#1a1a1a\"");
        Svg.text(out, 20, 52, List.of(caseFile.protocol().toString()), 11, "start", "fill=\"#555555\"");

        // Lanes.
        for (int i = 0; i < lanes; i++) {
            double y = TOP + i * LANE_H;
            String name = i < steps.size()
                    ? Fmt.say(
                            "diagram.step",
                            lang,
                            steps.get(i).number(),
                            steps.get(i).name())
                    : Fmt.say("timeline.any-step", lang);
            out.append("<g><title>").append(Xml.escape(name)).append("</title>\n");
            out.append("<rect x=\"20\" y=\"")
                    .append(Svg.n(y))
                    .append("\" width=\"")
                    .append(Svg.n(WIDTH - 40))
                    .append("\" height=\"")
                    .append(Svg.n(LANE_H))
                    .append("\" fill=\"")
                    .append(i % 2 == 0 ? "#f3f6fb" : "#ffffff")
                    .append("\" stroke=\"#d8dee9\" stroke-width=\"0.8\"/>\n");
            List<String> label = Svg.wrap(name, Svg.fit(LABEL_W - 16, 11));
            if (label.size() > 2) {
                label = List.of(label.get(0), label.get(1) + "…");
            }
            double ly = y + LANE_H / 2 + 4 - (label.size() - 1) * 7;
            Svg.text(out, 28, ly, label, 11, "start", "fill=\"#1a1a1a\"");
            out.append("</g>\n");
        }

        // Axis with date ticks at midnight, every 1, 2, 7, 14, 30... days.
        out.append("<line x1=\"")
                .append(Svg.n(PLOT_X))
                .append("\" y1=\"")
                .append(Svg.n(lanesBottom))
                .append("\" x2=\"")
                .append(Svg.n(PLOT_RIGHT))
                .append("\" y2=\"")
                .append(Svg.n(lanesBottom))
                .append("\" stroke=\"#333333\" stroke-width=\"1\"/>\n");
        long days = Math.max(1, Duration.between(from, to).toDays());
        int every = 1;
        for (int candidate : new int[] {1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1825}) {
            every = candidate;
            if (days / candidate <= 8) {
                break;
            }
        }
        LocalDate day = from.atZone(Fmt.ZONE).toLocalDate().plusDays(1);
        LocalDate lastDay = to.atZone(Fmt.ZONE).toLocalDate();
        while (!day.isAfter(lastDay)) {
            Instant at = day.atStartOfDay(Fmt.ZONE).toInstant();
            if (!at.isBefore(from) && !at.isAfter(to)) {
                double x = x(at, from, total);
                out.append("<line x1=\"")
                        .append(Svg.n(x))
                        .append("\" y1=\"")
                        .append(Svg.n(TOP))
                        .append("\" x2=\"")
                        .append(Svg.n(x))
                        .append("\" y2=\"")
                        .append(Svg.n(lanesBottom + 5))
                        .append("\" stroke=\"#c8ced8\" stroke-width=\"0.6\"/>\n");
                Svg.text(out, x, lanesBottom + 18, List.of(Fmt.shortDate(day, lang)), 10, "middle", "fill=\"#333333\"");
            }
            day = day.plusDays(every);
        }

        // "Now".
        double nowX = x(end, from, total);
        out.append("<line x1=\"")
                .append(Svg.n(nowX))
                .append("\" y1=\"")
                .append(Svg.n(TOP - 8))
                .append("\" x2=\"")
                .append(Svg.n(nowX))
                .append("\" y2=\"")
                .append(Svg.n(lanesBottom))
                .append("\" stroke=\"#c07a00\" stroke-width=\"1.2\" stroke-dasharray=\"5,3\"/>\n");
        Svg.text(out, nowX, TOP - 12, List.of(Fmt.say("timeline.now", lang)), 10, "middle", "fill=\"#7a4d00\"");

        // Events and refused attempts: all placed first, so that a crowded lane can be grouped, then drawn.
        Crowding crowd = placed(protocol, lane, anyLane, from, total, height);
        checks[0] = crowd.checks();
        boolean eventGroups = false;
        boolean refusedGroups = false;
        for (Crowding.Marker m : crowd.markers()) {
            if (m.refused) {
                refusedGroups |= m.group();
                out.append("<g><title>")
                        .append(Xml.escape(refusedTitle(m, lang)))
                        .append("</title>");
                if (m.group()) {
                    crossGroup(out, m.x, m.y);
                } else {
                    cross(out, m.x, m.y);
                }
                out.append("</g>\n");
            } else {
                eventGroups |= m.group();
                out.append("<g><title>")
                        .append(Xml.escape(eventTitle(m, lang)))
                        .append("</title>")
                        .append("<circle cx=\"")
                        .append(Svg.n(m.x))
                        .append("\" cy=\"")
                        .append(Svg.n(m.y))
                        .append(m.group() ? GROUP_STYLE : EVENT_STYLE)
                        .append("/></g>\n");
            }
        }
        Map<Integer, Integer> owed = new HashMap<>();
        for (Obligation o : guidance.obligations()) {
            int l = laneOf(o.clause().step(), lane, anyLane);
            int k = owed.merge(l, 1, Integer::sum) - 1;
            double x = nowX + 12 + 14 * k;
            double y = TOP + l * LANE_H + LANE_H / 2;
            String text =
                    Fmt.say("timeline.open", lang, o.text().in(lang), o.clause().id());
            out.append("<g><title>").append(Xml.escape(text)).append("</title>");
            diamond(out, x, y);
            out.append("</g>\n");
        }

        // Legend.
        double ly = lanesBottom + 56;
        double lx = PLOT_X;
        out.append("<g><title>")
                .append(Xml.escape(Fmt.say("timeline.legend.event", lang)))
                .append("</title>")
                .append("<circle cx=\"")
                .append(Svg.n(lx))
                .append("\" cy=\"")
                .append(Svg.n(ly - 4))
                .append("\" r=\"6\" fill=\"#4a6fa5\"/></g>\n");
        Svg.text(out, lx + 12, ly, List.of(Fmt.say("timeline.legend.event", lang)), 11, "start", "fill=\"#1a1a1a\"");
        lx += 170;
        if (!refused.isEmpty()) { // the marker of a refused attempt only where the host passed some
            out.append("<g><title>")
                    .append(Xml.escape(Fmt.say("timeline.legend.refused", lang)))
                    .append("</title>");
            cross(out, lx, ly - 4);
            out.append("</g>\n");
            Svg.text(
                    out,
                    lx + 12,
                    ly,
                    List.of(Fmt.say("timeline.legend.refused", lang)),
                    11,
                    "start",
                    "fill=\"#1a1a1a\"");
            lx += 190;
        }
        out.append("<g><title>")
                .append(Xml.escape(Fmt.say("timeline.legend.open", lang)))
                .append("</title>");
        diamond(out, lx, ly - 4);
        out.append("</g>\n");
        Svg.text(out, lx + 12, ly, List.of(Fmt.say("timeline.legend.open", lang)), 11, "start", "fill=\"#1a1a1a\"");
        // The markers of groups only where a lane was crowded enough to need one, on a row of their own.
        lx = PLOT_X;
        if (eventGroups) {
            String text = Fmt.say("timeline.legend.group", lang);
            out.append("<g><title>")
                    .append(Xml.escape(text))
                    .append("</title>")
                    .append("<circle cx=\"")
                    .append(Svg.n(lx))
                    .append("\" cy=\"")
                    .append(Svg.n(ly + 18))
                    .append(GROUP_STYLE)
                    .append("/></g>\n");
            Svg.text(out, lx + 12, ly + 22, List.of(text), 11, "start", "fill=\"#1a1a1a\"");
            lx += 300;
        }
        if (refusedGroups) {
            String text = Fmt.say("timeline.legend.refused-group", lang);
            out.append("<g><title>").append(Xml.escape(text)).append("</title>");
            crossGroup(out, lx, ly + 18);
            out.append("</g>\n");
            Svg.text(out, lx + 12, ly + 22, List.of(text), 11, "start", "fill=\"#1a1a1a\"");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static int laneOf(int step, Map<Integer, Integer> lane, int anyLane) {
        return lane.getOrDefault(step, anyLane);
    }

    private static double x(Instant at, Instant from, double total) {
        return PLOT_X + (PLOT_RIGHT - PLOT_X) * Duration.between(from, at).toMillis() / total;
    }

    /**
     * Where the events and the refused attempts go: each near its moment in its lane, or in a group
     * where the lane is too crowded (see {@link Crowding}).
     */
    private Crowding placed(
            Protocol protocol, Map<Integer, Integer> lane, int anyLane, Instant from, double total, double height) {
        Crowding crowd = new Crowding(WIDTH, height, WIDTH - 20 - 6);
        int[] lanes = new int[ActionType.values().length];
        for (ActionType type : ActionType.values()) {
            lanes[type.ordinal()] = laneOf(protocol.stepOf(type), lane, anyLane);
        }
        List<Event> events = caseFile.events();
        for (int i = 0; i < events.size(); i++) {
            Action a = events.get(i).action();
            int l = lanes[a.type().ordinal()];
            crowd.place(l, x(a.at(), from, total), TOP + l * LANE_H + LANE_H / 2, false, i);
        }
        for (int i = 0; i < refused.size(); i++) {
            Attempt a = refused.get(i);
            int l = lanes[a.type().ordinal()];
            crowd.place(l, x(a.at(), from, total), TOP + l * LANE_H + LANE_H / 2, true, i);
        }
        return crowd;
    }

    /**
     * How many distances between places and markers drawing this timeline checks: the cost of
     * placing its markers, which grows linearly with the number of events.
     */
    long placementChecks() {
        long[] checks = new long[1];
        draw(Message.DUTCH, checks);
        return checks[0];
    }

    /**
     * The title of an event's marker: its moment, action and role; for a group, how many events
     * from when to when, and how many of each action and role (never a staff id or free text).
     */
    private String eventTitle(Crowding.Marker m, Locale lang) {
        List<Event> events = caseFile.events();
        if (!m.group()) {
            Action a = events.get(m.members.get(0)).action();
            return Fmt.say(
                    "timeline.event",
                    lang,
                    Fmt.dateTime(a.at(), lang),
                    a.type(),
                    a.actor().role());
        }
        ActionType[] types = ActionType.values();
        Role[] roles = Role.values();
        int[][] counts = new int[types.length][roles.length];
        for (int i : m.members) {
            Action a = events.get(i).action();
            counts[a.type().ordinal()][a.actor().role().ordinal()]++;
        }
        StringJoiner parts = new StringJoiner("; ");
        for (ActionType type : types) {
            for (Role role : roles) {
                int n = counts[type.ordinal()][role.ordinal()];
                if (n > 0) {
                    parts.add(Fmt.say("timeline.group.event-part", lang, n, type, role));
                }
            }
        }
        // The members are in the order of the events, which is the order of time.
        Instant first = events.get(m.members.get(0)).action().at();
        Instant last = events.get(m.members.get(m.members.size() - 1)).action().at();
        return Fmt.say(
                "timeline.group.events",
                lang,
                m.members.size(),
                Fmt.dateTime(first, lang),
                Fmt.dateTime(last, lang),
                parts.toString());
    }

    /**
     * The title of a refused attempt's marker: its moment, action and clauses; for a group, how many
     * attempts from when to when, and how many of each action and clauses.
     */
    private String refusedTitle(Crowding.Marker m, Locale lang) {
        if (!m.group()) {
            Attempt a = refused.get(m.members.get(0));
            return Fmt.say(
                    "timeline.refused", lang, Fmt.dateTime(a.at(), lang), a.type(), String.join(", ", a.clauseIds()));
        }
        Instant first = null;
        Instant last = null;
        Map<ActionType, Map<String, Integer>> counts = new EnumMap<>(ActionType.class);
        for (int i : m.members) {
            Attempt a = refused.get(i);
            first = first == null || a.at().isBefore(first) ? a.at() : first;
            last = last == null || a.at().isAfter(last) ? a.at() : last;
            counts.computeIfAbsent(a.type(), t -> new TreeMap<>())
                    .merge(String.join(", ", a.clauseIds()), 1, Integer::sum);
        }
        StringJoiner parts = new StringJoiner("; ");
        counts.forEach((type, clauses) ->
                clauses.forEach((ids, n) -> parts.add(Fmt.say("timeline.group.refused-part", lang, n, type, ids))));
        return Fmt.say(
                "timeline.group.refused",
                lang,
                m.members.size(),
                Fmt.dateTime(first, lang),
                Fmt.dateTime(last, lang),
                parts.toString());
    }

    private static void cross(StringBuilder out, double x, double y) {
        out.append("<path d=\"");
        crossStrokes(out, x, y, 5);
        out.append("\" stroke=\"#c0392b\" stroke-width=\"3\" stroke-linecap=\"round\" fill=\"none\"/>");
    }

    /** The two strokes of a cross centred on x, y, reaching {@code half} each way: path data. */
    private static void crossStrokes(StringBuilder out, double x, double y, double half) {
        out.append('M')
                .append(Svg.n(x - half))
                .append(',')
                .append(Svg.n(y - half))
                .append(" L")
                .append(Svg.n(x + half))
                .append(',')
                .append(Svg.n(y + half))
                .append(" M")
                .append(Svg.n(x - half))
                .append(',')
                .append(Svg.n(y + half))
                .append(" L")
                .append(Svg.n(x + half))
                .append(',')
                .append(Svg.n(y - half));
    }

    /** A refused attempt's cross, darker and in a white disc with a ring: several refused attempts close together. */
    private static void crossGroup(StringBuilder out, double x, double y) {
        out.append("<path d=\"");
        crossStrokes(out, x, y, 4);
        out.append(" M")
                .append(Svg.n(x - 6.5))
                .append(',')
                .append(Svg.n(y))
                .append(" A6.5,6.5 0 1,0 ")
                .append(Svg.n(x + 6.5))
                .append(',')
                .append(Svg.n(y))
                .append(" A6.5,6.5 0 1,0 ")
                .append(Svg.n(x - 6.5))
                .append(',')
                .append(Svg.n(y))
                .append("\" stroke=\"#7b1d12\" stroke-width=\"2.2\" stroke-linecap=\"round\" fill=\"#ffffff\"/>");
    }

    private static void diamond(StringBuilder out, double x, double y) {
        out.append("<path d=\"M")
                .append(Svg.n(x))
                .append(',')
                .append(Svg.n(y - 7))
                .append(" L")
                .append(Svg.n(x + 7))
                .append(',')
                .append(Svg.n(y))
                .append(" L")
                .append(Svg.n(x))
                .append(',')
                .append(Svg.n(y + 7))
                .append(" L")
                .append(Svg.n(x - 7))
                .append(',')
                .append(Svg.n(y))
                .append(" z\" fill=\"#f0a020\" stroke=\"#7a4d00\" stroke-width=\"1\"/>");
    }
}

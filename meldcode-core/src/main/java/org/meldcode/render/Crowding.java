package org.meldcode.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the markers of a timeline go: each at its moment in the middle of its lane, or else just
 * above or below it, or else a little later, so that it covers no marker already placed in the
 * lane; where a lane is too crowded for that, a marker joins the nearest marker of its own kind
 * as a group.
 *
 * <p>Placed markers are looked up through a grid of square cells {@link #GAP} across, so a place
 * is checked against the few markers in the cells around it, never against the whole lane, and a
 * marker is moved at most {@link #MAX_SHIFT} half gaps later: the work per marker is bounded, and
 * the work per timeline grows linearly with the number of events. A lane also remembers when it
 * was last found full and which marker was nearest, and how far a moment may be from that one for
 * the answer to stay the same, so that in a full lane most events cost no distance check at all;
 * the places are exactly those found without remembering.
 */
final class Crowding {

    /** The least distance between the centres of two markers (each 12 px across), so none covers another. */
    static final double GAP = 13;

    /**
     * How many half gaps a marker may be moved later than its moment: four markers' widths, room
     * for fifteen markers at one moment in a lane (the documentation's pictures and the tests'
     * move a marker at most five half gaps, so they are drawn as before).
     */
    static final int MAX_SHIFT = 8;

    /** One marker on the timeline: a single event or attempt, or a group of them close together. */
    static final class Marker {
        final int lane;
        final double x;
        final double y;
        final boolean refused;
        /** The indices of the events (or attempts) the marker stands for, the first one first. */
        final List<Integer> members = new ArrayList<>(1);

        Marker(int lane, double x, double y, boolean refused, int first) {
            this.lane = lane;
            this.x = x;
            this.y = y;
            this.refused = refused;
            members.add(first);
        }

        /** Whether the marker stands for more than one event or attempt. */
        boolean group() {
            return members.size() > 1;
        }
    }

    private static final double[] OFFSETS = {0, -GAP, GAP};

    private final double right;
    private final int columns;
    private final int rows;
    private final List<List<Marker>> cells;
    private final List<Marker> markers = new ArrayList<>();
    private final Map<Integer, Lane> lanes = new HashMap<>();
    private long checks;

    /**
     * An empty picture.
     *
     * @param width  the picture's width
     * @param height the picture's height
     * @param right  the furthest to the right a marker's centre may be moved
     */
    Crowding(double width, double height, double right) {
        this.right = right;
        this.columns = (int) (width / GAP) + 2;
        this.rows = (int) (height / GAP) + 2;
        this.cells = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            cells.add(null);
        }
    }

    /**
     * Places an event or attempt: on a free place near its moment, or else in the nearest marker
     * of its own kind in the lane, or else (none near) at its moment, over whatever is there.
     *
     * @param lane    the lane
     * @param x       its moment on the time axis
     * @param mid     the middle of the lane
     * @param refused whether it is a refused attempt (which never joins an event)
     * @param member  its index among the events, or among the attempts
     */
    void place(int lane, double x, double mid, boolean refused, int member) {
        Lane memo = lanes.computeIfAbsent(lane, l -> new Lane());
        if (!memo.stillFull(x)) {
            double slack = Double.MAX_VALUE;
            boolean cut = false;
            for (int shift = 0; shift <= MAX_SHIFT; shift++) {
                double px = x + shift * GAP / 2;
                if (shift > 0 && px > right) {
                    cut = true;
                    break;
                }
                for (double dy : OFFSETS) {
                    double py = mid + dy;
                    double covered = cover(lane, px, py);
                    if (Double.isNaN(covered)) {
                        add(new Marker(lane, px, py, refused, member));
                        memo.version++;
                        return;
                    }
                    slack = Math.min(slack, covered);
                }
            }
            memo.full(x, slack, cut);
        }
        Marker near = nearest(memo, lane, x, mid, refused);
        if (near != null) {
            near.members.add(member);
        } else {
            add(new Marker(lane, x, mid, refused, member));
            memo.version++;
        }
    }

    /** The markers in the order they were first placed. */
    List<Marker> markers() {
        return markers;
    }

    /** How many distances between a place and a marker were checked so far: the cost of placing. */
    long checks() {
        return checks;
    }

    /**
     * What a lane remembers of the last marker that found no free place: every place of a moment
     * less than {@code slack} from it is covered as well, as long as no marker was added since.
     */
    private static final class Lane {
        int version;
        int fullVersion = -1;
        double fullX;
        double slack;
        boolean cut;

        /** Whether a marker at this moment is sure to find no free place either. */
        boolean stillFull(double x) {
            return fullVersion == version && Math.abs(x - fullX) < slack && (x >= fullX || !cut);
        }

        final int[] nearVersion = {-1, -1};
        final double[] nearX = new double[2];
        final double[] nearLead = new double[2];
        final Marker[] near = new Marker[2];

        /** Remembers the nearest marker of a kind (events 0, refused attempts 1) to a moment. */
        void remember(int kind, double x, Marker marker, double lead) {
            nearVersion[kind] = version;
            nearX[kind] = x;
            nearLead[kind] = lead;
            near[kind] = marker;
        }

        void full(double x, double slack, boolean cut) {
            this.fullVersion = version;
            this.fullX = x;
            this.slack = slack;
            this.cut = cut;
        }
    }

    /**
     * Whether a marker in the lane covers the place: NaN when none does, else by how much a cover
     * found is closer than {@link #GAP} (less a margin for rounding), so that the place moved by
     * less than that is still covered.
     */
    private double cover(int lane, double px, double py) {
        int centre = column(px);
        int middle = row(py);
        double covered = cover(lane, px, py, centre, middle); // the likeliest cover first
        for (int c = column(px - GAP); Double.isNaN(covered) && c <= column(px + GAP); c++) {
            for (int r = row(py - GAP); Double.isNaN(covered) && r <= row(py + GAP); r++) {
                if (c != centre || r != middle) {
                    covered = cover(lane, px, py, c, r);
                }
            }
        }
        return covered;
    }

    /** As {@link #cover(int, double, double)}, for the markers in one cell. */
    private double cover(int lane, double px, double py, int column, int row) {
        List<Marker> cell = cells.get(column * rows + row);
        if (cell != null) {
            for (Marker p : cell) {
                checks++;
                if (p.lane == lane && near(p.x - px, p.y - py)) {
                    return GAP - Math.hypot(p.x - px, p.y - py) - 1e-6;
                }
            }
        }
        return Double.NaN;
    }

    /**
     * The nearest marker of the kind in the lane within a marker's furthest move of the moment, or
     * null. The columns of cells are searched outwards from the moment's, while one can hold a
     * nearer marker; and the lane remembers the last answer, which stays the nearest for a moment
     * less than half the lead it had over every other marker away, while no marker is added.
     */
    private Marker nearest(Lane memo, int lane, double x, double mid, boolean refused) {
        int kind = refused ? 1 : 0;
        if (memo.nearVersion[kind] == memo.version && Math.abs(x - memo.nearX[kind]) < memo.nearLead[kind]) {
            return memo.near[kind];
        }
        double reach = MAX_SHIFT * GAP / 2;
        int centre = column(x);
        int from = column(x - reach);
        int to = column(x + reach);
        Marker best = null;
        double bestDistance = Double.MAX_VALUE;
        double secondDistance = Double.MAX_VALUE;
        double unseen = reach; // no marker left unseen is nearer than this
        for (int k = 0; centre - k >= from || centre + k <= to; k++) {
            double closest = (k - 1) * GAP; // no marker in a column k away is closer in time
            if (k > 1 && closest * closest >= secondDistance) {
                unseen = Math.min(unseen, closest);
                break;
            }
            for (int side = k == 0 ? 1 : -1; side <= 1; side += 2) {
                int c = centre + side * k;
                if (c < from || c > to) {
                    continue;
                }
                for (int r = row(mid - GAP); r <= row(mid + GAP); r++) {
                    List<Marker> cell = cells.get(c * rows + r);
                    if (cell == null) {
                        continue;
                    }
                    for (Marker p : cell) {
                        checks++;
                        if (p.lane != lane || p.refused != refused || Math.abs(p.x - x) > reach) {
                            continue;
                        }
                        double d = (p.x - x) * (p.x - x) + (p.y - mid) * (p.y - mid);
                        if (d < bestDistance) {
                            best = p;
                            secondDistance = bestDistance;
                            bestDistance = d;
                        } else if (d < secondDistance) {
                            secondDistance = d;
                        }
                    }
                }
            }
        }
        if (best != null) {
            double lead = Math.min(Math.sqrt(secondDistance), unseen) - Math.sqrt(bestDistance);
            memo.remember(kind, x, best, lead / 2 - 1e-6);
        }
        return best;
    }

    /**
     * Whether two centres this far apart are closer than {@link #GAP}: by their squares, and where
     * those are too close to call, by {@link Math#hypot} (as the places were always decided).
     */
    private static boolean near(double dx, double dy) {
        double squared = dx * dx + dy * dy;
        if (squared < GAP * GAP * (1 - 1e-9)) {
            return true;
        }
        if (squared > GAP * GAP * (1 + 1e-9)) {
            return false;
        }
        return Math.hypot(dx, dy) < GAP;
    }

    private void add(Marker m) {
        markers.add(m);
        int i = column(m.x) * rows + row(m.y);
        List<Marker> cell = cells.get(i);
        if (cell == null) {
            cell = new ArrayList<>(4);
            cells.set(i, cell);
        }
        cell.add(m);
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor(x / GAP)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / GAP)));
    }
}

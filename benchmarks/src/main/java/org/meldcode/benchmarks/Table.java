package org.meldcode.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the results of {@code benchmarks/run} into the table of docs/performance.md:
 * {@code Table <results directory>}. Reads {@code startup.txt}, {@code footprint.txt},
 * {@code jars.txt} and the JMH CSV files {@code ruling-t1.csv}, {@code ruling-t2.csv},
 * {@code scaling.csv}, and the CMMN peer's {@code cmmn-startup.txt}, {@code cmmn-footprint.txt},
 * {@code cmmn.csv}; prints Markdown. The CMMN column holds the peer's figure where it does the same
 * work, and the ratio column says how meldcode's figure compares (meldcode ÷ CMMN).
 */
public final class Table {

    /** One JMH score: mean and the half-width of its 99.9% confidence interval. */
    record Score(double value, double error) {
        String us() {
            return Double.isNaN(error) ? fmt(value) + " µs" : fmt(value) + " ± " + fmt(error) + " µs";
        }
    }

    private final Path dir;
    private final Map<String, Score> jmh = new HashMap<>();
    private final Map<String, Map<String, String>> lines = new HashMap<>();
    private final List<String> rows = new ArrayList<>();

    private Table(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Table t = new Table(Path.of(args[0]));
        t.read();
        t.print();
    }

    private void read() throws IOException {
        csv("ruling-t1.csv", "t1");
        csv("ruling-t2.csv", "t2");
        csv("scaling.csv", "s");
        csv("cmmn.csv", "c");
        for (String file :
                List.of("startup.txt", "footprint.txt", "jars.txt", "cmmn-startup.txt", "cmmn-footprint.txt")) {
            Path p = dir.resolve(file);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length < 3 || !List.of("STARTUP", "FOOTPRINT", "JARS").contains(parts[0])) {
                    continue;
                }
                Map<String, String> kv = new HashMap<>();
                for (int i = 2; i < parts.length; i++) {
                    String[] pair = parts[i].split("=", 2);
                    if (pair.length == 2) {
                        kv.put(pair[0], pair[1]);
                    }
                }
                lines.put(parts[0] + " " + parts[1], kv);
            }
        }
    }

    private void csv(String file, String prefix) throws IOException {
        Path p = dir.resolve(file);
        if (!Files.exists(p)) {
            return;
        }
        List<String> all = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (String line : all.subList(1, all.size())) {
            String[] f = line.split(",");
            String name = f[0].replace("\"", "");
            // org.meldcode.benchmarks.RulingBenchmark.evaluate:gc.alloc.rate.norm -> evaluate:gc.alloc.rate.norm
            String method = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            String metric = name.contains(":") ? name.substring(name.indexOf(':')) : "";
            name = method.substring(method.lastIndexOf('.') + 1) + metric;
            String param = f.length > 7 && !f[7].replace("\"", "").isEmpty() ? ":" + f[7].replace("\"", "") : "";
            jmh.put(prefix + ":" + name + param, new Score(num(f[4]), num(f[5])));
        }
    }

    private static double num(String s) {
        return s.equals("NaN") ? Double.NaN : Double.parseDouble(s);
    }

    private Score s(String key) {
        Score v = jmh.get(key);
        if (v == null) {
            throw new IllegalStateException("no result " + key);
        }
        return v;
    }

    private String startup(String label) {
        Map<String, String> kv = lines.get("STARTUP " + label);
        if (kv == null) {
            return "n/a";
        }
        return kv.get("median") + " ms (" + kv.get("min") + "–" + kv.get("max") + ", n=" + kv.get("n") + ")";
    }

    private double startupMedian(String label) {
        Map<String, String> kv = lines.get("STARTUP " + label);
        return kv == null ? Double.NaN : Double.parseDouble(kv.get("median"));
    }

    private void row(String figure, String target, String measured, String ratio) {
        row(figure, target, measured, "", ratio);
    }

    private void row(String figure, String target, String measured, String cmmn, String ratio) {
        rows.add("| " + figure + " | " + target + " | " + measured + " | " + cmmn + " | " + ratio + " |");
    }

    /** What the CMMN column says where the peer's part has not run. */
    private static final String NO_CMMN = "(run `ONLY=cmmn benchmarks/run`)";

    /** The peer's JMH score, or null where its part has not run. */
    private Score cmmn(String benchmark) {
        return jmh.get("c:" + benchmark);
    }

    /** The CMMN cell for a JMH score: time and allocated bytes per operation. */
    private String cell(String benchmark, String param) {
        Score c = cmmn(benchmark + param);
        if (c == null) {
            return NO_CMMN;
        }
        Score alloc = cmmn(benchmark + ":gc.alloc.rate.norm" + param);
        return c.us() + (alloc == null ? "" : ", " + bytes(alloc.value()));
    }

    /** "; 0.12 × CMMN" for a meldcode figure against the peer's, or nothing where it has not run. */
    private static String vsCmmn(double meldcode, Score c) {
        return c == null ? "" : "; " + ratio(meldcode, c.value()) + " CMMN";
    }

    private void print() {
        // 1. Start-up
        double floor = startupMedian("reference");
        double floorCds = startupMedian("reference-cds");
        for (String[] v : new String[][] {
            {"engine-untrimmed", "Fresh JVM → snippet done, full drools-engine class path (before)", ""},
            {"engine", "Fresh JVM → snippet done, trimmed class path, default JVM", "≤ 2 × the floor"},
            {"engine-cds", "… with AppCDS (dynamic archive of the run)", "≤ 400 ms"},
            {"engine-cds-c1", "… with AppCDS, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC", "≤ 400 ms"},
        }) {
            double m = startupMedian(v[0]);
            double base = v[0].contains("cds") ? floorCds : floor;
            // The peer runs on a default JVM: its figure stands beside the engine's default JVM.
            boolean peer = v[0].equals("engine");
            double c = startupMedian("cmmn");
            row(
                    v[1],
                    v[2],
                    startup(v[0]),
                    peer ? (Double.isNaN(c) ? NO_CMMN : startup("cmmn") + ", to the first answer") : "",
                    Double.isNaN(m)
                            ? ""
                            : ratio(m, base) + " the plain-Java floor"
                                    + (peer && !Double.isNaN(c) ? "; " + ratio(m, c) + " CMMN" : "")
                                    + verdict(
                                            v[2].isEmpty() ? Double.NaN : v[2].startsWith("≤ 2 ×") ? 2 * floor : 400,
                                            m));
        }
        row(
                "Plain-Java floor: fresh JVM → reference does the snippet's work",
                "(≈ 80 ms start)",
                startup("reference"),
                "");
        row("… with AppCDS", "", startup("reference-cds"), "");
        row("Command line `java -jar meldcode.jar guide` (typical case), to exit", "", startup("cli"), "");
        row("… with `-XX:SharedArchiveFile` (AppCDS)", "", startup("cli-cds"), "");
        row("… with AppCDS, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC", "", startup("cli-cds-c1"), "");

        section("ruling", this::ruling);
        section("scaling", this::scaling);
        section("ruling", this::perAction);
        footprint();

        System.out.println("| figure | target | measured | CMMN | ratio |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    /** Adds a part's rows, or one row saying that the part has no results yet. */
    private void section(String part, Runnable rowsOfPart) {
        int before = rows.size();
        try {
            rowsOfPart.run();
        } catch (IllegalStateException e) {
            rows.subList(before, rows.size()).clear();
            row("(" + e.getMessage() + ": run `ONLY=" + part + " benchmarks/run`)", "", "", "");
        }
    }

    private void ruling() {
        Score e1 = s("t1:evaluate");
        Score r1 = s("t1:evaluateReference");
        row(
                "One ruling, typical case (50 events), 1 thread, the case's session alive",
                "≤ 15 µs",
                e1.us(),
                ratio(e1.value(), r1.value()) + " reference (" + r1.us() + ")" + verdict(15, e1.value()));
        Score eu = jmh.get("t1:evaluateUncached");
        if (eu != null) {
            row(
                    "… on a case without a live session (a new session per ruling)",
                    "≤ 15 µs",
                    eu.us() + allocated("t1:evaluateUncached"),
                    ratio(eu.value(), r1.value()) + " reference" + verdict(15, eu.value()));
        }
        Score a1 = s("t1:evaluate:gc.alloc.rate.norm");
        Score ar = s("t1:evaluateReference:gc.alloc.rate.norm");
        row(
                "Allocated per ruling",
                "≤ 16 KB",
                bytes(a1.value()),
                "reference " + bytes(ar.value()) + verdict(16384, a1.value()));
        Score e2 = s("t2:evaluate");
        Score r2 = s("t2:evaluateReference");
        double thr = 2 * e1.value() / e2.value();
        double thrRef = 2 * r1.value() / r2.value();
        row(
                "Throughput, 2 threads sharing one engine ÷ 1 thread",
                "≥ 1.8 ×",
                fmt(thr) + " × (" + e2.us() + " per ruling per thread)",
                "reference " + fmt(thrRef) + " ×" + (thr >= 1.8 ? " — met" : " — missed"));
    }

    private void scaling() {
        for (String b : List.of(
                "evaluate",
                "guide",
                "guideUncached",
                "applyAndGuide",
                "applyThenGuide",
                "evaluateReference",
                "guideReference")) {
            Score base = s("s:" + b + ":10");
            for (String n : List.of("10", "100", "1000", "10000")) {
                Score v = s("s:" + b + ":" + n);
                String target = b.endsWith("Reference") || n.equals("10") || n.equals("100") ? "" : "≤ 2 ×";
                double r = v.value() / base.value();
                String verdict = target.isEmpty() ? "" : verdict(2, r);
                Score alloc = jmh.get("s:" + b + ":gc.alloc.rate.norm:" + n);
                row(
                        "`" + b + "`, " + n + " logbook entries",
                        target,
                        v.us() + (alloc == null ? "" : ", " + bytes(alloc.value())),
                        n.equals("10") ? "1 ×" : fmt(r) + " × the 10-entry case" + verdict);
            }
        }
    }

    private void perAction() {
        Score ag = s("t1:applyAndGuide");
        Score cag = cmmn("completeAndAllowed");
        row(
                "apply + guide for one step, typical case (`applyAndGuide`, one session; CMMN: complete the logbook task, then what is allowed now)",
                "≤ 50 µs",
                ag.us(),
                cell("completeAndAllowed", ""),
                ratio(ag.value(), s("t1:applyAndGuideReference").value()) + " reference" + vsCmmn(ag.value(), cag)
                        + verdict(50, ag.value()));
        Score two = jmh.get("t1:applyThenGuide");
        if (two != null) {
            row(
                    "… as two calls, apply then guide (two sessions)",
                    "",
                    two.us(),
                    vsCmmn(two.value(), cag).replaceFirst("^; ", "") + verdict(50, two.value()));
        }
        row(
                "One user action alone (CMMN: complete the logbook task, look up the next one)",
                "",
                "",
                cell("complete", ""),
                "");
        Score g = s("t1:guide");
        Score allowed = cmmn("allowed:45");
        row(
                "guide (what is allowed now), typical case, the page drawn again: guidance kept (CMMN: open tasks of every role's candidate group and enabled plan items)",
                "≤ 30 µs",
                g.us(),
                cell("allowed", ":45"),
                ratio(g.value(), s("t1:guideReference").value()) + " reference" + vsCmmn(g.value(), allowed)
                        + verdict(30, g.value()));
        Score gu = jmh.get("t1:guideUncached");
        if (gu != null) {
            row(
                    "… guide of a case not kept (first ask after a change made elsewhere, or dropped from the cache)",
                    "≤ 30 µs",
                    gu.us(),
                    cell("allowed", ":45"),
                    ratio(gu.value(), s("t1:guideReference").value()) + " reference" + vsCmmn(gu.value(), allowed)
                            + verdict(30, gu.value()));
        }
        Score g1000 = jmh.get("s:guide:1000");
        Score allowed1000 = cmmn("allowed:1000");
        if (g1000 != null || allowed1000 != null) {
            row(
                    "guide, 1,000 logbook entries",
                    "",
                    g1000 == null ? "(run `ONLY=scaling benchmarks/run`)" : g1000.us(),
                    cell("allowed", ":1000"),
                    g1000 == null ? "" : vsCmmn(g1000.value(), allowed1000).replaceFirst("^; ", ""));
        }
    }

    private void footprint() {
        Map<String, String> fe = lines.get("FOOTPRINT engine");
        Map<String, String> fr = lines.get("FOOTPRINT reference");
        Map<String, String> fc = lines.get("FOOTPRINT cmmn");
        if (fe != null) {
            double heap = Double.parseDouble(fe.get("heap"));
            double cmmnHeap = fc == null ? Double.NaN : Double.parseDouble(fc.get("heap"));
            row(
                    "Heap retained by the engine after start-up (CMMN: engine, H2 in memory, model, one case)",
                    "≤ 5 MB",
                    mb(heap) + " (metaspace " + mb(Double.parseDouble(fe.get("metaspace"))) + ")",
                    fc == null
                            ? NO_CMMN
                            : mb(cmmnHeap) + " (metaspace " + mb(Double.parseDouble(fc.get("metaspace"))) + ")",
                    (fr == null ? "" : "reference " + mb(Double.parseDouble(fr.get("heap"))))
                            + (fc == null ? "" : (fr == null ? "" : "; ") + ratio(heap, cmmnHeap) + " CMMN")
                            + verdict(5 * 1024 * 1024, heap));
        }
        for (String[] v : new String[][] {
            {"kept", "Heap of the guidance an engine keeps", "a case"},
            {"live", "Heap of the sessions an engine keeps alive", "a session"},
        }) {
            Map<String, String> kv = lines.get("FOOTPRINT " + v[0]);
            if (kv == null) {
                continue;
            }
            double heap = Double.parseDouble(kv.get("heap"));
            row(
                    v[1] + ", " + kv.get("cases") + " cases of 50 events (its default size)",
                    "≤ 20 MB",
                    mb(heap) + " (" + bytes(heap / Double.parseDouble(kv.get("cases"))) + " " + v[2] + ")",
                    "",
                    verdict(20 * 1024 * 1024, heap));
        }
        Map<String, String> jc = lines.get("JARS cmmn");
        double cmmnBytes = jc == null ? Double.NaN : Double.parseDouble(jc.get("bytes"));
        String cmmnJars = jc == null ? "" : jc.get("count") + " jars, " + mb(cmmnBytes);
        for (String[] v : new String[][] {
            {"engine", "Runtime jars of the engine (meldcode-rules, -core, Drools, slf4j-api)", "≤ 8 MB"},
            {"with-json", "… plus meldcode-json, the JSON codec (Jackson 3, SnakeYAML)", ""},
            {"untrimmed", "… before: the full drools-engine closure, with JSON", ""},
            {"cli", "The command-line jar (shaded, with picocli and slf4j-simple)", ""},
        }) {
            Map<String, String> kv = lines.get("JARS " + v[0]);
            if (kv == null) {
                continue;
            }
            double bytes = Double.parseDouble(kv.get("bytes"));
            row(
                    v[1]
                            + (v[0].equals("engine")
                                    ? " (CMMN: flowable-cmmn-engine and H2, as Maven resolves them)"
                                    : ""),
                    v[2],
                    kv.get("count") + " jar" + (kv.get("count").equals("1") ? "" : "s") + ", " + mb(bytes),
                    cmmnJars,
                    (jc == null ? "" : ratio(bytes, cmmnBytes) + " CMMN's bytes")
                            + (v[2].isEmpty() ? "" : verdict(8 * 1024 * 1024, bytes)));
        }
    }

    /** ", 12.3 KB" allocated per operation, or nothing where the score has none. */
    private String allocated(String key) {
        Score a = jmh.get(key + ":gc.alloc.rate.norm");
        return a == null ? "" : ", " + bytes(a.value());
    }

    private static String verdict(double limit, double value) {
        if (Double.isNaN(limit)) {
            return "";
        }
        return value <= limit ? " — met" : " — missed by " + fmt(value / limit) + " ×";
    }

    private static String ratio(double a, double b) {
        return fmt(a / b) + " ×";
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double abs = Math.abs(v);
        String pattern = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : abs >= 0.01 ? "%.3f" : "%.2g";
        return String.format(Locale.ROOT, pattern, v);
    }

    private static String bytes(double b) {
        return b >= 10_240 ? fmt(b / 1024) + " KB" : String.format(Locale.ROOT, "%.0f B", b);
    }

    private static String mb(double b) {
        return String.format(Locale.ROOT, "%.1f MB", b / (1024 * 1024));
    }
}

package org.meldcode.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Starts N fresh JVMs one after another and reports the time from launching each to its first
 * ruling: {@code Startup <runs> <label> java [options] <main or -jar ...> [args]}.
 *
 * <p>The launcher notes the wall clock just before it starts the process and passes it as
 * {@code -Dbench.launchedAt}; the child prints {@code READY <epoch microseconds>} when the snippet
 * has returned ({@link FirstRuling}, {@link ReferenceFirstRuling}, {@link Phases}). A child that
 * prints no READY line (the command-line jar) is timed to its exit. One run before the N is
 * discarded (it warms the file cache after a build). A command that is not {@code java} (a launcher
 * script) gets no option and is timed to its exit. Prints one line:
 * {@code STARTUP <label> n=.. median=.. min=.. max=.. exitMedian=..} in milliseconds, and for
 * {@link Phases} the median of each phase.
 */
public final class Startup {

    private Startup() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: Startup <runs> <label> java [options] <main> [args]");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        String label = args[1];
        List<String> command = Arrays.asList(args).subList(2, args.length);
        List<Double> ready = new ArrayList<>();
        List<Double> exit = new ArrayList<>();
        Map<String, List<Double>> phases = new TreeMap<>();
        for (int i = -1; i < runs; i++) {
            long launched = FirstRuling.micros(Instant.now());
            List<String> cmd = new ArrayList<>();
            cmd.add(command.get(0));
            if (Path.of(command.get(0)).getFileName().toString().equals("java")) {
                cmd.add("-Dbench.launchedAt=" + launched); // a launcher script is timed to its exit
            }
            cmd.addAll(command.subList(1, command.size()));
            Process p = new ProcessBuilder(cmd)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Long readyAt = null;
            String phaseLine = null;
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        readyAt = Long.parseLong(line.split(" ")[1]);
                    } else if (line.startsWith("PHASES ")) {
                        phaseLine = line;
                    }
                }
            }
            int code = p.waitFor();
            long ended = FirstRuling.micros(Instant.now());
            if (code != 0) {
                throw new IllegalStateException(label + ": " + cmd + " exited with " + code);
            }
            if (i < 0) {
                continue;
            }
            exit.add((ended - launched) / 1000.0);
            ready.add(((readyAt != null ? readyAt : ended) - launched) / 1000.0);
            if (phaseLine != null) {
                for (String kv : phaseLine.substring(7).split(" ")) {
                    String[] parts = kv.split("=");
                    if (parts[0].equals("refused") || parts[0].equals("step")) {
                        continue;
                    }
                    phases.computeIfAbsent(parts[0], k -> new ArrayList<>()).add((Long.parseLong(parts[1])) / 1000.0);
                }
            }
        }
        StringBuilder line = new StringBuilder("STARTUP ")
                .append(label)
                .append(" n=")
                .append(runs)
                .append(String.format(" median=%.0f min=%.0f max=%.0f", median(ready), min(ready), max(ready)))
                .append(String.format(" exitMedian=%.0f", median(exit)));
        phases.forEach((k, v) -> line.append(String.format(" %s=%.0f", k, median(v))));
        System.out.println(line);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}

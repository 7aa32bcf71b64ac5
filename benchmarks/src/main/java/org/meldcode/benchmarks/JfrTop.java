package org.meldcode.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a JFR recording, as docs/performance.md quotes them: the methods most often on
 * top of the stack in CPU samples ({@code jdk.ExecutionSample}), and the engine's and Drools'
 * methods most often anywhere on it; or, with {@code alloc}, the same weighted by the bytes of
 * allocation samples ({@code jdk.ObjectAllocationSample}).
 *
 * <pre>{@code java -cp <benchmarks class path> org.meldcode.benchmarks.JfrTop recording.jfr [alloc] [n]}</pre>
 */
public final class JfrTop {

    private JfrTop() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        boolean alloc = args.length > 1 && args[1].equals("alloc");
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        String type = alloc ? "jdk.ObjectAllocationSample" : "jdk.ExecutionSample";
        Map<String, Double> top = new HashMap<>();
        Map<String, Double> anywhere = new HashMap<>();
        double total = 0;
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals(type) || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            double weight = alloc ? e.getLong("weight") : 1;
            samples++;
            total += weight;
            top.merge(name(frames.get(0)), weight, Double::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String owner = f.getMethod().getType().getName();
                if (!owner.startsWith("org.drools.") && !owner.startsWith("org.meldcode.")
                        || owner.startsWith("org.meldcode.benchmarks.")) {
                    continue;
                }
                String name = name(f);
                if (seen.add(name)) {
                    anywhere.merge(name, weight, Double::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d samples%n", type, samples);
        System.out.println("on top of the stack:");
        print(top, total, n);
        System.out.println("anywhere on the stack (org.meldcode, org.drools):");
        print(anywhere, total, n);
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    private static void print(Map<String, Double> counts, double total, int n) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(n)
                .forEach(e ->
                        System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100 * e.getValue() / total, e.getKey()));
    }
}

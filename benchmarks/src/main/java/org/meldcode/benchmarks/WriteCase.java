package org.meldcode.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.meldcode.json.CaseJson;

/**
 * Writes a case document for the command-line jar: {@code WriteCase <file>} the typical case,
 * {@code WriteCase <file> <n>} a case of n logbook entries (the large case of
 * {@link LargeCaseBenchmark}).
 */
public final class WriteCase {

    private WriteCase() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(
                Path.of(args[0]),
                CaseJson.write(
                        args.length > 1 ? LargeCaseBenchmark.logbook(Integer.parseInt(args[1])) : Cases.typical()),
                StandardCharsets.UTF_8);
    }
}

package org.meldcode.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.meldcode.json.CaseJson;

/** Writes the typical case as a case document, for the command-line jar: {@code WriteCase <file>}. */
public final class WriteCase {

    private WriteCase() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), CaseJson.write(Cases.typical()), StandardCharsets.UTF_8);
    }
}

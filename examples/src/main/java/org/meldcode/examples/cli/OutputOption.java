package org.meldcode.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/**
 * The {@code -o FILE} option: where a rendered document goes, standard output by default. A file
 * is written whole or not at all (written next to it first, then moved into place).
 */
final class OutputOption {

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to this file instead of standard output (replaced whole, never half-written).")
    Path file;

    /** Writes the text; returns the exit code (invalid usage when the file cannot be written). */
    int write(MeldcodeCommand root, PrintWriter out, String text) {
        if (file == null) {
            out.print(text);
            out.flush();
            return MeldcodeCommand.OK;
        }
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return root.invalid(file + ": cannot write: no such directory", null);
        }
        if (Files.isDirectory(target)) {
            return root.invalid(file + ": cannot write: is a directory", null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
            Files.writeString(temp, text, UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return MeldcodeCommand.OK;
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original problem is the one to report
                }
            }
            return root.invalid(file + ": cannot write: " + e, e);
        }
    }
}

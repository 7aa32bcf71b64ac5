package org.meldcode.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true); // on disk before it takes the file's place
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(parent);
            return MeldcodeCommand.OK;
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original problem is the one to report
                }
            }
            return root.invalid(file + ": cannot write: " + reason(e), e);
        }
    }

    /** Makes the move itself durable where the platform allows syncing a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some platforms cannot open a directory; the file itself was forced
        }
    }

    /** The reason in words, without the exception's class: "File name too long", "permission denied". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}

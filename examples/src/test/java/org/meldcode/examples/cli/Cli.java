package org.meldcode.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process, as the tests call it, and keeps what it printed. */
final class Cli {

    private Cli() {}

    /** What a run of the command line gave: its exit code, standard output and error output. */
    record Outcome(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }
    }

    /** Runs {@code meldcode} with the arguments (each turned into a string). */
    static Outcome meldcode(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> strings = new ArrayList<>();
        for (Object a : args) {
            strings.add(a.toString());
        }
        int code = MeldcodeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(strings.toArray(String[]::new));
        return new Outcome(code, out.toString(), err.toString());
    }
}

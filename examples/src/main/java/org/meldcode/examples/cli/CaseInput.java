package org.meldcode.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.meldcode.engine.Guidance;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.json.CaseJson;
import org.meldcode.json.error.InvalidInputException;
import org.meldcode.model.Case;
import org.meldcode.protocol.Protocol;
import org.meldcode.rules.MeldcodeRules;

/**
 * A case document named on the command line, read and guided as {@code guide} does: any problem
 * is reported in one line through {@link MeldcodeCommand#invalid} and yields nothing.
 */
final class CaseInput {

    /** A case and where it stands. */
    record Guided(Case caseFile, Guidance guidance, MeldcodeEngine engine) {}

    private CaseInput() {}

    /** The case in the file with its guidance, or empty after reporting why it cannot be had. */
    static Optional<Guided> read(MeldcodeCommand root, Path file) {
        Optional<String> unreadable = MeldcodeCommand.unreadable(file);
        if (unreadable.isPresent()) {
            root.invalid(unreadable.get(), null);
            return Optional.empty();
        }
        MeldcodeCommand.preloadRules();
        Case caseFile;
        try {
            caseFile = CaseJson.read(file);
        } catch (InvalidInputException | UncheckedIOException e) {
            root.invalid(MeldcodeCommand.scenarioHint(file).orElseGet(() -> MeldcodeCommand.describe(file, e)), e);
            return Optional.empty();
        }
        try {
            Protocol.of(caseFile.protocol());
        } catch (NoSuchElementException e) {
            root.invalid(file + ": /protocol: " + e.getMessage(), e);
            return Optional.empty();
        }
        MeldcodeEngine engine = MeldcodeRules.engine();
        try {
            return Optional.of(new Guided(caseFile, engine.guide(caseFile), engine));
        } catch (IllegalArgumentException e) { // the engine refuses the case
            root.invalid(file + ": " + e.getMessage(), e);
            return Optional.empty();
        }
    }
}

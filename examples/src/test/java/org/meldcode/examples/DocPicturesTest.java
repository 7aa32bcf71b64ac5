package org.meldcode.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.engine.Ruling;
import org.meldcode.json.CaseJson;
import org.meldcode.model.Action;
import org.meldcode.model.Case;
import org.meldcode.model.Decision;
import org.meldcode.model.DecisionKind;
import org.meldcode.model.Event;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;
import org.meldcode.render.Attempt;
import org.meldcode.render.Dossier;
import org.meldcode.render.ProtocolDiagram;
import org.meldcode.render.Timeline;
import org.meldcode.rules.MeldcodeRules;

/**
 * The pictures and the dossier example under {@code docs/} are generated from the code and stay
 * true: this test fails when one of them is stale.
 *
 * <p>Regenerate them (the PNG files too, rendered with Apache Batik) with
 * {@code mvn -B -o -q test -pl examples -am -Dtest=DocPicturesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmeldcode.writePictures=true}.
 */
class DocPicturesTest {

    static final Path DOCS = Path.of("../docs");
    static final Path EXAMPLE = DOCS.resolve("examples/case-2026-017.json");
    static final String MERMAID_START = "```mermaid\n";

    /** The generated documents: path under docs/ and content. */
    static Map<String, String> documents() {
        MeldcodeEngine engine = MeldcodeRules.engine();
        Case example = CaseJson.read(EXAMPLE);
        Protocol stappenplan = Protocol.of(ProtocolRef.STAPPENPLAN_2021);
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put(
                "images/protocol-stappenplan.svg",
                ProtocolDiagram.of(stappenplan).svg());
        docs.put(
                "images/protocol-stappenplan-en.svg",
                ProtocolDiagram.of(stappenplan).svg(Locale.ENGLISH));
        docs.put(
                "images/protocol-landelijk-en.svg",
                ProtocolDiagram.of(Protocol.of(ProtocolRef.LANDELIJK_2019)).svg(Locale.ENGLISH));
        docs.put(
                "images/timeline-case-2026-017.svg",
                Timeline.of(example, engine.guide(example), refusedAttempts(engine, example))
                        .svg());
        docs.put(
                "examples/dossier-case-2026-017.html",
                Dossier.of(engine, example).html());
        docs.put(
                "examples/dossier-case-2026-017.md", Dossier.of(engine, example).markdown());
        return docs;
    }

    /**
     * One refusal for the example timeline: after the conversation with the parents, the intern
     * begeleider tries to decide before the risk was weighed (step 4), which the protocol refuses.
     */
    static List<Attempt> refusedAttempts(MeldcodeEngine engine, Case example) {
        List<Attempt> attempts = new ArrayList<>();
        Case prefix = Case.open(example.id(), example.pupilRef(), example.protocol());
        for (Event e : example.events()) {
            prefix = prefix.append(e.action());
            if (e.action().type() == org.meldcode.model.ActionType.PARENTS_CONVERSATION) {
                Action early = new Decision(
                        e.action().at().plusSeconds(3_600),
                        e.action().actor(),
                        java.util.Set.of(e.action().actor()),
                        DecisionKind.REPORT,
                        true,
                        false,
                        false,
                        false,
                        "Direct melden.");
                Ruling ruling = engine.evaluate(prefix, early);
                assertThat(ruling.refused()).isTrue();
                attempts.add(Attempt.of(ruling));
            }
        }
        return attempts;
    }

    @Test
    void the_generated_pictures_and_dossier_under_docs_are_up_to_date() throws Exception {
        Map<String, String> docs = documents();
        String mermaid =
                ProtocolDiagram.of(Protocol.of(ProtocolRef.STAPPENPLAN_2021)).mermaid();
        Path page = DOCS.resolve("dossier.md");
        if (Boolean.getBoolean("meldcode.writePictures")) {
            for (Map.Entry<String, String> d : docs.entrySet()) {
                Path file = DOCS.resolve(d.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, d.getValue(), StandardCharsets.UTF_8);
                if (d.getKey().endsWith(".svg")) {
                    png(d.getValue(), DOCS.resolve(d.getKey().replace(".svg", ".png")));
                }
            }
            String text = Files.readString(page);
            int start = text.indexOf(MERMAID_START) + MERMAID_START.length();
            int end = text.indexOf("```", start);
            Files.writeString(page, text.substring(0, start) + mermaid + text.substring(end));
        }
        for (Map.Entry<String, String> d : docs.entrySet()) {
            Path file = DOCS.resolve(d.getKey());
            assertThat(file).as("docs/%s exists", d.getKey()).isRegularFile();
            assertThat(Files.readString(file))
                    .as(
                            "docs/%s is stale; regenerate with -Dmeldcode.writePictures=true (see the class comment)",
                            d.getKey())
                    .isEqualTo(d.getValue());
            if (d.getKey().endsWith(".svg")) {
                assertThat(DOCS.resolve(d.getKey().replace(".svg", ".png"))).isRegularFile();
            }
        }
        assertThat(Files.readString(page))
                .as("docs/dossier.md's Mermaid diagram is stale; regenerate with -Dmeldcode.writePictures=true")
                .contains(MERMAID_START + mermaid + "```");
    }

    private static void png(String svg, Path target) throws Exception {
        PNGTranscoder transcoder = new PNGTranscoder();
        TranscoderInput in = new TranscoderInput(new StringReader(svg));
        in.setURI(target.toUri().toString());
        try (OutputStream out = Files.newOutputStream(target)) {
            transcoder.transcode(in, new TranscoderOutput(out));
        }
    }
}

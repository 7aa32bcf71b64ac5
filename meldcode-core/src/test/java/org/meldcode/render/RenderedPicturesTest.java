package org.meldcode.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.render.RenderFixtures.STAPPENPLAN;
import static org.meldcode.render.RenderFixtures.day;
import static org.meldcode.render.RenderFixtures.guidance;
import static org.meldcode.render.RenderFixtures.reportedCase;
import static org.meldcode.render.RenderFixtures.talkedCase;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meldcode.model.ActionType;
import org.meldcode.model.Case;
import org.meldcode.protocol.Message;

/**
 * Renders every kind of generated picture with a real SVG renderer (Apache Batik, test scope
 * only), so that a picture that parses but does not draw fails the build.
 */
class RenderedPicturesTest {

    static Stream<Arguments> pictures() {
        Case talked = talkedCase();
        Case reported = reportedCase();
        Case crowded = RenderFixtures.entries(4_000);
        List<Attempt> refusals =
                java.util.Collections.nCopies(20, new Attempt(day(1, 0), ActionType.LOG_ENTRY, List.of("SP-1.3")));
        return Stream.of(
                Arguments.of("diagram-nl", ProtocolDiagram.of(STAPPENPLAN).svg(Message.DUTCH)),
                Arguments.of("diagram-en", ProtocolDiagram.of(STAPPENPLAN).svg(Locale.ENGLISH)),
                Arguments.of(
                        "timeline-talked-nl",
                        Timeline.of(
                                        talked,
                                        guidance(talked, 4, false, "SP-4.1", "owed.weigh", "SP-0.1", "owed.weigh"),
                                        List.of(new Attempt(
                                                day(2, 40), ActionType.REPORT, List.of("SP-0.1", "SP-5.1"))),
                                        day(5, 0))
                                .svg()),
                Arguments.of(
                        "timeline-reported-en",
                        Timeline.of(reported, guidance(reported, 5, true)).svg(Locale.ENGLISH)),
                Arguments.of( // groups of events and of refused attempts
                        "timeline-crowded-nl",
                        Timeline.of(crowded, guidance(crowded, 1, false), refusals)
                                .svg()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pictures")
    void given_a_generated_svg_when_batik_renders_it_to_png_then_the_image_has_a_sane_size_and_is_not_blank(
            String name, String svg) throws Exception {
        PNGTranscoder png = new PNGTranscoder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TranscoderInput in = new TranscoderInput(new StringReader(svg));
        in.setURI("file:///" + name + ".svg");
        png.transcode(in, new TranscoderOutput(bytes));
        String dir = System.getProperty("meldcode.render.out");
        if (dir != null) { // for looking at the pictures by hand: -Dmeldcode.render.out=/tmp/pictures
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), bytes.toByteArray());
            Files.writeString(Path.of(dir, name + ".svg"), svg);
        }

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isBetween(600, 4000);
        assertThat(image.getHeight()).isBetween(300, 4000);
        long inked = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if ((rgb & 0xFFFFFF) != 0xFFFFFF && (rgb >>> 24) != 0) {
                    inked++;
                }
            }
        }
        long samples = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertThat(inked).as("non-white pixels").isGreaterThan(samples / 50);
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(8);
    }
}

package org.meldcode.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meldcode.examples.cli.Cli.meldcode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;

/** {@code meldcode clauses [PROTOCOL]}: the catalogue of any known protocol, in aligned columns. */
class ClausesCommandTest {

    @Test
    void the_national_protocol_is_listed_when_named_by_its_id_alone() {
        // GIVEN the national framework, named without its version
        // WHEN its clauses are listed
        Cli.Outcome o = meldcode("clauses", "landelijk");

        // THEN every clause of landelijk@2019-01 is listed, in order, and nothing is refused
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).startsWith("Protocol landelijk@2019-01: ");
        List<String> expected = Protocol.of(ProtocolRef.LANDELIJK_2019).clauses().stream()
                .map(c -> c.id())
                .toList();
        assertThat(idsListed(o)).isEqualTo(expected);
    }

    @Test
    void a_protocol_named_with_its_version_and_the_seed_named_by_id_are_listed() {
        // GIVEN the two spellings id@version and id
        // WHEN each is listed
        Cli.Outcome national = meldcode("clauses", "landelijk@2019-01");
        Cli.Outcome seed = meldcode("clauses", "stappenplan");

        // THEN each lists its own protocol
        assertThat(national.code()).isZero();
        assertThat(national.out()).startsWith("Protocol landelijk@2019-01: ");
        assertThat(seed.code()).isZero();
        assertThat(seed.out()).startsWith("Protocol stappenplan@2021-09: ");
        assertThat(idsListed(seed))
                .isEqualTo(Protocol.of(ProtocolRef.STAPPENPLAN_2021).clauses().stream()
                        .map(c -> c.id())
                        .toList());
    }

    @Test
    void an_unknown_protocol_is_refused_in_one_line_naming_the_known_ones() {
        // GIVEN a protocol name no build knows
        // WHEN its clauses are asked for
        Cli.Outcome o = meldcode("clauses", "gemeente@2030-01");

        // THEN one line names it and the known protocols, exit 2
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.errLines())
                .singleElement()
                .asString()
                .contains("unknown protocol 'gemeente@2030-01'", "landelijk@2019-01", "stappenplan@2021-09");
    }

    @Test
    void the_dutch_columns_are_aligned_and_wrapped_so_they_never_run_together() {
        for (String protocol : List.of("landelijk", "stappenplan")) {
            // GIVEN a protocol's catalogue in Dutch
            // WHEN it is listed
            List<String> lines = meldcode("clauses", protocol).outLines();
            List<String> rows = lines.subList(1, lines.size());

            // THEN the step column and the text column start at the same place on every row,
            // each separated from the one before by at least two spaces,
            // and wrapped lines continue under the text column
            int stepColumn = -1;
            int textColumn = -1;
            for (String row : rows) {
                if (row.startsWith(" ")) {
                    assertThat(row.length() - row.stripLeading().length())
                            .as(row)
                            .isEqualTo(textColumn);
                    continue;
                }
                int idEnd = row.indexOf(' ');
                int step = idEnd
                        + (row.substring(idEnd).length()
                                - row.substring(idEnd).stripLeading().length());
                int stepEnd = row.indexOf("  ", step);
                int text = stepEnd
                        + (row.substring(stepEnd).length()
                                - row.substring(stepEnd).stripLeading().length());
                assertThat(step - idEnd).as(row).isGreaterThanOrEqualTo(2);
                assertThat(text - stepEnd).as(row).isGreaterThanOrEqualTo(2);
                if (stepColumn < 0) {
                    stepColumn = step;
                    textColumn = text;
                }
                assertThat(step).as(row).isEqualTo(stepColumn);
                assertThat(text).as(row).isEqualTo(textColumn);
                assertThat(row.length() - textColumn).as(row).isLessThanOrEqualTo(ClausesCommand.TEXT_WIDTH);
            }
            assertThat(stepColumn).isPositive();
        }
    }

    @Test
    void a_long_text_is_wrapped_between_words_within_the_width() {
        // GIVEN a text longer than the column
        String text = "Een melding wordt nooit anoniem gedaan, ook niet wanneer de school dat zou willen.";

        // WHEN it is wrapped at 30 characters
        List<String> lines = ClausesCommand.wrap(text, 30);

        // THEN no line is longer, no word is broken, and the words are all there in order
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).hasSizeGreaterThan(2);
    }

    private static List<String> idsListed(Cli.Outcome o) {
        return o.outLines().stream()
                .skip(1)
                .filter(l -> !l.startsWith(" "))
                .map(l -> l.substring(0, l.indexOf(' ')))
                .toList();
    }
}

package org.meldcode.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line is the one scripts used before Spring: the same options, mapped onto Spring's properties. */
class CommandLineTest {

    @Test
    void the_options_become_springs_port_address_and_data_source() {
        // GIVEN the options of the README WHEN read THEN they are Spring Boot's command-line properties
        WebApp.Options o = WebApp.Options.parse("--port", "0", "--host", "0.0.0.0", "--data", "some-dir")
                .orElseThrow();
        assertThat(o.springArgs())
                .containsExactly(
                        "--server.address=0.0.0.0",
                        "--server.port=0",
                        "--spring.datasource.url=" + WebApp.Options.h2(Path.of("some-dir")));
        // AND --db names the database instead of the H2 file under --data
        assertThat(WebApp.Options.parse("--db", "jdbc:postgresql://127.0.0.1:5432/meldcode")
                        .orElseThrow()
                        .springArgs())
                .contains("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/meldcode", "--server.port=8080");
        // AND an H2 file named with --db writes each commit before answering, as the default one does
        assertThat(WebApp.Options.h2(Path.of("some-dir"))).endsWith(";WRITE_DELAY=0;REUSE_SPACE=FALSE");
        assertThat(WebApp.Options.parse("--db", "jdbc:h2:file:/srv/meldcode")
                        .orElseThrow()
                        .dbUrl())
                .isEqualTo("jdbc:h2:file:/srv/meldcode;WRITE_DELAY=0;REUSE_SPACE=FALSE");
        assertThat(WebApp.Options.parse("--db", "jdbc:h2:file:/srv/meldcode;WRITE_DELAY=0")
                        .orElseThrow()
                        .dbUrl())
                .isEqualTo("jdbc:h2:file:/srv/meldcode;WRITE_DELAY=0;REUSE_SPACE=FALSE");
    }

    @Test
    void help_asks_for_the_usage_and_a_wrong_option_is_a_one_line_error() {
        assertThat(WebApp.Options.parse("--help")).isEmpty();
        assertThat(WebApp.Options.parse("--port", "1", "-h")).isEmpty();
        assertThatThrownBy(() -> WebApp.Options.parse("--port", "70000"))
                .hasMessage("--port: expected 0 to 65535, found '70000'");
        assertThatThrownBy(() -> WebApp.Options.parse("--colour", "red"))
                .hasMessage("--colour: unknown option (try --help)");
        assertThatThrownBy(() -> WebApp.Options.parse("--data")).hasMessage("--data: a value is missing (try --help)");
    }
}

package org.meldcode.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The host projects under {@code examples/hosts} are written from the README alone: each declares
 * the dependencies the README's Installation section shows, and the Boot host registers the JSON
 * module and preloads the rules as the README's "Spring Boot 4 hosts" says. (`.ci/hosts` builds
 * and tests them against the installed artifacts.)
 */
class HostProjectsTest {

    private static final Path HOSTS = Path.of("hosts");

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    /** Whitespace and XML comments removed, so layout and remarks do not count. */
    private static String compact(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
    }

    /** The README's Installation section: its XML block, as dependency elements. */
    private static List<String> readmeDependencies() throws IOException {
        String readme = read(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Installation"));
        String xml =
                section.substring(section.indexOf("```xml") + 6, section.indexOf("```", section.indexOf("```xml") + 6));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<dependency>.*?</dependency>").matcher(compact(xml));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void the_readme_shows_the_bom_and_three_modules() throws IOException {
        // GIVEN the README  WHEN its Installation block is read  THEN it imports the BOM and names the modules
        assertThat(readmeDependencies())
                .hasSize(4)
                .anySatisfy(d -> assertThat(d)
                        .contains("<artifactId>meldcode-bom</artifactId>")
                        .contains("<scope>import</scope>"))
                .anySatisfy(d -> assertThat(d).contains("<artifactId>meldcode-rules</artifactId>"))
                .anySatisfy(d -> assertThat(d).contains("<artifactId>meldcode-json</artifactId>"))
                .anySatisfy(d -> assertThat(d).contains("<artifactId>meldcode-testing</artifactId>"));
    }

    @Test
    void the_plain_host_declares_exactly_what_the_readme_shows() throws IOException {
        // GIVEN the plain host's pom  WHEN compared with the README  THEN every README dependency is in it as written
        String pom = compact(read(HOSTS.resolve("plain/pom.xml")));
        for (String dependency : readmeDependencies()) {
            assertThat(pom).as("plain host").contains(dependency);
        }
    }

    @Test
    void the_modular_and_boot_hosts_import_the_bom_and_use_the_rules_and_json_as_the_readme_shows() throws IOException {
        for (String host : List.of("modular", "boot")) {
            String pom = compact(read(HOSTS.resolve(host + "/pom.xml")));
            for (String dependency : readmeDependencies()) {
                if (!dependency.contains("meldcode-testing")) {
                    assertThat(pom).as(host + " host").contains(dependency);
                }
            }
        }
    }

    @Test
    void the_modular_host_requires_the_module_names_the_readme_gives() throws IOException {
        String readme = read(Path.of("..", "README.md"));
        String descriptor = read(HOSTS.resolve("modular/src/main/java/module-info.java"));
        for (String line : List.of("requires org.meldcode.rules;", "requires org.meldcode.json;")) {
            assertThat(readme).contains(line);
            assertThat(descriptor).contains(line);
        }
    }

    @Test
    void the_boot_host_declares_the_beans_of_the_readme() throws IOException {
        // GIVEN the README's "Spring Boot 4 hosts" snippet  THEN each statement is in the Boot host as written
        String readme = read(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("### Spring Boot 4 hosts"));
        String snippet = section.substring(
                section.indexOf("```java") + 7, section.indexOf("```", section.indexOf("```java") + 7));
        String app = read(HOSTS.resolve("boot/src/main/java/org/example/school/SchoolApp.java"));
        int statements = 0;
        for (String line : snippet.strip().split("\n")) {
            String statement = line.strip().replaceAll(" *//.*", "");
            if (!statement.isEmpty() && !statement.equals("}")) {
                assertThat(app).as("Boot host line %s", statement).contains(statement);
                statements++;
            }
        }
        assertThat(statements).isGreaterThanOrEqualTo(6);
    }
}

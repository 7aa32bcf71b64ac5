package org.meldcode.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The host runs as a named module in a fresh JVM, on a module path of the reactor's jars and their
 * dependencies and nothing else: no class path, no --add-modules, no --add-opens.
 */
class ModularHostIT {

    private static final Path JAR = Path.of(System.getProperty("modular.jar", "target/modular.jar"));
    private static final Path MODULE_PATH = Path.of(System.getProperty("modular.path", "target/module-path.txt"));

    @Test
    void every_library_jar_on_the_module_path_has_a_module_descriptor_and_the_licence() throws Exception {
        // GIVEN the library's jars among the resolved module path
        List<String> jars =
                List.of(Files.readString(MODULE_PATH, StandardCharsets.UTF_8)
                                .strip()
                                .split(File.pathSeparator))
                        .stream()
                        .filter(j -> Path.of(j).getFileName().toString().matches("meldcode-(core|json|rules)-.*\\.jar"))
                        .toList();
        assertThat(jars).hasSize(3);

        // WHEN each is opened THEN it holds module-info.class and META-INF/LICENSE
        for (String jar : jars) {
            try (JarFile file = new JarFile(jar)) {
                assertThat(file.getEntry("module-info.class")).as(jar).isNotNull();
                assertThat(file.getEntry("META-INF/LICENSE")).as(jar).isNotNull();
            }
        }
    }

    @Test
    void the_host_runs_on_the_module_path_without_add_modules_and_gets_rules_texts_and_json() throws Exception {
        // GIVEN the module path Maven resolved (the library's own jars among it)
        String dependencies =
                Files.readString(MODULE_PATH, StandardCharsets.UTF_8).strip();
        assertThat(dependencies).contains("meldcode-rules-", "meldcode-core-", "meldcode-json-");
        String modulePath = JAR + File.pathSeparator + dependencies;

        // WHEN the host module is launched on it
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-Duser.language=en",
                        "--module-path",
                        modulePath,
                        "--module",
                        "org.meldcode.examples.modular/org.meldcode.examples.modular.ModularHost")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        // THEN it ends normally and prints the refusal in both languages, the guidance of both protocols and the JSON
        // round trip
        assertThat(process.exitValue()).as(output).isZero();
        List<String> lines = output.lines().toList();
        assertThat(lines).as(output).anyMatch(l -> l.startsWith("ruling: refused ["));
        assertThat(lines).as(output).anyMatch(l -> l.startsWith("nl SP-") && l.length() > 12);
        assertThat(lines).as(output).anyMatch(l -> l.startsWith("en SP-") && l.length() > 12);
        assertThat(lines.stream().filter(l -> l.startsWith("nl ")).toList())
                .as("Dutch and English texts differ")
                .doesNotContainAnyElementsOf(lines.stream()
                        .filter(l -> l.startsWith("en "))
                        .map(l -> "nl " + l.substring(3))
                        .toList());
        assertThat(lines).as(output).contains("step: 2", "json: same case", "national: permitted", "national step: 1");
        assertThat(lines)
                .as("the library jars are named modules, not automatic ones")
                .contains("module: org.meldcode.rules", "module: org.meldcode.json", "module: org.meldcode.core");
        assertThat(output).doesNotContain("NoClassDefFoundError", "IllegalAccessException", "Exception in thread");
    }
}

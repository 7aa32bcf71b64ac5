package org.meldcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type and every package of the library modules (core, json, testing, rules) has
 * Javadoc: a host reads the API in its IDE, not in our sources. Checked on the sources, so that a
 * type without a comment fails here and not only in a javadoc run.
 */
class JavadocCoverageTest {

    private static final List<Path> LIBRARY_SOURCES = List.of(
            Path.of("..", "meldcode-core", "src", "main", "java"),
            Path.of("..", "meldcode-json", "src", "main", "java"),
            Path.of("..", "meldcode-testing", "src", "main", "java"),
            Path.of("..", "meldcode-rules", "src", "main", "java"),
            Path.of("..", "meldcode-rules", "src", "main", "java-module"));

    /** A public type declaration at any nesting depth, with its name. */
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^\\s*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
            Pattern.MULTILINE);

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    @Test
    void every_public_type_of_the_library_modules_has_a_javadoc_comment() {
        List<Path> files = javaFiles();
        assertThat(files).as("the library sources are found").hasSizeGreaterThan(100);
        List<String> undocumented = new ArrayList<>();
        for (Path file : files) {
            undocumented.addAll(undocumentedTypes(read(file)).stream()
                    .map(t -> file + ": " + t)
                    .toList());
        }
        assertThat(undocumented).as("public types without Javadoc").isEmpty();
    }

    @Test
    void every_package_and_module_of_the_library_modules_has_a_javadoc_comment() {
        List<String> missing = new ArrayList<>();
        for (Path root : LIBRARY_SOURCES) {
            try (Stream<Path> dirs = Files.walk(root)) {
                dirs.filter(d -> hasJavaTypes(d)).forEach(d -> {
                    Path info = d.resolve("package-info.java");
                    if (!Files.exists(info) || !read(info).contains("/**")) {
                        missing.add(d.toString());
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path module = root.resolve("module-info.java");
            if (Files.exists(module) && !documented(read(module), read(module).indexOf("module "))) {
                missing.add(module.toString());
            }
        }
        assertThat(missing).as("packages and modules without Javadoc").isEmpty();
    }

    @Test
    void the_scan_reports_a_public_type_without_a_comment_and_accepts_one_with_a_comment() {
        // GIVEN a source with one documented and two undocumented public types (one nested, annotated)
        String source = """
                package x;

                /** A documented type. */
                public final class Documented {

                    @Deprecated
                    public static final class Nested {}

                    /** Documented as well. */
                    public record Fine(int a) {}
                }

                public interface Bare {}
                """;

        // WHEN it is scanned
        List<String> undocumented = undocumentedTypes(source);

        // THEN exactly the two undocumented types are reported
        assertThat(undocumented).containsExactly("Nested", "Bare");
    }

    @Test
    void the_scan_finds_every_package_of_the_library() {
        List<String> packages = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = PACKAGE.matcher(read(file));
            if (m.find() && !packages.contains(m.group(1))) {
                packages.add(m.group(1));
            }
        }
        assertThat(packages)
                .contains(
                        "org.meldcode.engine",
                        "org.meldcode.json",
                        "org.meldcode.scenario",
                        "org.meldcode.testing.assertj",
                        "org.meldcode.rules");
    }

    static List<String> undocumentedTypes(String source) {
        List<String> names = new ArrayList<>();
        Matcher m = PUBLIC_TYPE.matcher(source);
        while (m.find()) {
            if (!documented(source, m.start())) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Whether the declaration starting at the line of {@code at} is preceded by a Javadoc comment (annotations may sit between). */
    private static boolean documented(String source, int at) {
        String before = source.substring(0, Math.max(0, at)).stripTrailing();
        List<String> lines = new ArrayList<>(before.lines().toList());
        while (!lines.isEmpty()) {
            String last = lines.get(lines.size() - 1).strip();
            if (last.startsWith("@") || last.isEmpty()) {
                lines.remove(lines.size() - 1);
                continue;
            }
            if (!last.endsWith("*/")) {
                return false;
            }
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i).strip();
                if (line.startsWith("/**")) {
                    return true;
                }
                if (line.startsWith("/*")) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    private static boolean hasJavaTypes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".java") && !name.equals("package-info.java") && !name.equals("module-info.java");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() {
        List<Path> files = new ArrayList<>();
        for (Path root : LIBRARY_SOURCES) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

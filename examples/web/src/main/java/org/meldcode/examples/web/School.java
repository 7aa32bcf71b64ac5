package org.meldcode.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.meldcode.engine.KnownNames;
import org.meldcode.model.Actor;
import org.meldcode.model.Role;
import org.meldcode.settings.SchoolSettings;

/**
 * The fictional school the example serves: its name, its staff (opaque ids with a role, never a
 * name) and the names its logbook must not contain. Read from {@code school.properties}.
 *
 * @param name       the school's name
 * @param staff      the staff members, by role then id
 * @param knownNames the names of other pupils and parents (clause SP-1.3)
 * @param settings   the school's settings: the time it allows for each step ({@code deadline.step.N},
 *                   days), after which the step shows as overdue on the worklist and the page
 */
record School(String name, List<Actor> staff, KnownNames knownNames, SchoolSettings settings) {

    /** The school in {@code school.properties} on the class path. */
    static School fictional() {
        Properties p = new Properties();
        try (InputStream in = School.class.getResourceAsStream("school.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read school.properties", e);
        }
        Map<String, Actor> byId = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("staff.")) {
                String id = key.substring("staff.".length());
                byId.put(id, Actor.of(Role.valueOf(p.getProperty(key).trim()), id));
            }
        }
        List<Actor> staff = new ArrayList<>(byId.values());
        staff.sort((a, b) -> a.role() != b.role()
                ? a.role().compareTo(b.role())
                : a.staffId().compareTo(b.staffId()));
        List<String> names = Arrays.stream(p.getProperty("known.names", "").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        SchoolSettings settings = SchoolSettings.DEFAULTS;
        for (String key :
                new TreeMap<>(p).keySet().stream().map(String::valueOf).toList()) {
            if (key.startsWith("deadline.step.")) {
                int step = Integer.parseInt(key.substring("deadline.step.".length()));
                settings = settings.withStepDeadline(
                        step, Period.ofDays(Integer.parseInt(p.getProperty(key).trim())));
            }
        }
        return new School(p.getProperty("school.name"), List.copyOf(staff), KnownNames.of(names), settings);
    }

    /** The first staff member with the role. */
    Actor first(Role role) {
        return staff.stream()
                .filter(a -> a.role() == role)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the school has no " + role));
    }
}

/**
 * Tooling for a host's own tests: protocol scenarios and their runner, QuickTheories generators of
 * actions and sequences, and AssertJ assertions on rulings and guidance.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.meldcode.testing {
    requires transitive org.meldcode.core;
    requires transitive org.meldcode.json;
    requires transitive org.assertj.core;
    requires transitive quicktheories;

    exports org.meldcode.scenario;
    exports org.meldcode.testing;
    exports org.meldcode.testing.assertj;
}

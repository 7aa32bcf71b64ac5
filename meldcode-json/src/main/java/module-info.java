/**
 * The JSON and YAML codec of meldcode on Jackson 3: case files, settings files and a Jackson module
 * for a host's own mapper. {@code org.meldcode.json.internal} is shared with meldcode-testing only.
 */
module org.meldcode.json {
    requires transitive org.meldcode.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;

    exports org.meldcode.json;
    exports org.meldcode.json.error;
    exports org.meldcode.json.internal to
            org.meldcode.testing;
}

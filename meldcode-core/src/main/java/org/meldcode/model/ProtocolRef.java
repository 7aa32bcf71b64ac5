package org.meldcode.model;

/**
 * Names the protocol, and the version of it, that a case runs under.
 *
 * @param id      the protocol's stable id
 * @param version the protocol's version
 */
public record ProtocolRef(String id, String version) {

    /** The school's five-step plan of September 2021, the library's seed protocol. */
    public static final ProtocolRef STAPPENPLAN_2021 = new ProtocolRef("stappenplan", "2021-09");

    /** Validates the fields. */
    public ProtocolRef {
        Checks.identifier(id, "ProtocolRef.id");
        Checks.identifier(version, "ProtocolRef.version");
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}

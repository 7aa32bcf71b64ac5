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

    /**
     * The national model meldcode for education with the afwegingskader (decision framework) that
     * every meldcode must use since 1 January 2019 ("Afwegingskader meldcode onderwijs en
     * leerplicht", 2018).
     */
    public static final ProtocolRef LANDELIJK_2019 = new ProtocolRef("landelijk", "2019-01");

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

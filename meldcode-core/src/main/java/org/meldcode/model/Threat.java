package org.meldcode.model;

/** Whose safety, or which relationship, a {@link SafetyException} protects. */
public enum Threat {
    /** The safety of the child. */
    CHILD,
    /** The safety of the family or another member of it. */
    FAMILY,
    /** The safety of the professional. */
    PROFESSIONAL,
    /** The relationship of trust between the school and the pupil or family. */
    RELATIONSHIP_OF_TRUST
}

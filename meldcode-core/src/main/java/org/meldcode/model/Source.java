package org.meldcode.model;

/**
 * Where a logged fact came from, as a category: the plan forbids recording the names of
 * other children or parents who voiced concerns, so the model has no field for such a name.
 */
public enum Source {
    /** Seen or heard by the staff member who writes the entry. */
    OWN_OBSERVATION,
    /** Said by the pupil. */
    PUPIL,
    /** Said by the pupil's parents or carers. */
    PARENTS,
    /** Said by another child (never named). */
    OTHER_CHILD,
    /** Said by another adult (never named). */
    OTHER_ADULT;

    /** Whether the fact came from someone other than the author, the pupil or the parents. */
    public boolean isOthers() {
        return this == OTHER_CHILD || this == OTHER_ADULT;
    }
}

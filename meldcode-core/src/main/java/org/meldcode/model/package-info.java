/**
 * The case model: a {@link org.meldcode.model.Case} is the append-only record of the events of one
 * pupil's case, each event an action (a record such as {@link org.meldcode.model.LogEntry} or
 * {@link org.meldcode.model.Report}) taken by an {@link org.meldcode.model.Actor} at a moment.
 */
package org.meldcode.model;

/**
 * The error of the JSON and YAML codec: {@link org.meldcode.json.error.InvalidInputException}, a
 * one-line account of what is wrong with a document and where. A package of its own, so the codec's
 * public API and its internals both use it without depending on each other in a cycle.
 */
package org.meldcode.json.error;

/**
 * Generators of actors, actions and action sequences for property-based tests with QuickTheories,
 * published in the test-jar of meldcode-rules so that a school system can test its own use of the
 * engine with the same sequences. See {@code docs/testing.md}.
 */
package org.meldcode.testing;

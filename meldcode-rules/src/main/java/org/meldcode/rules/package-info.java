/**
 * The engine of the protocols' clauses as Drools rules: {@link org.meldcode.rules.MeldcodeRules}
 * builds a {@link org.meldcode.engine.MeldcodeEngine}.
 */
package org.meldcode.rules;

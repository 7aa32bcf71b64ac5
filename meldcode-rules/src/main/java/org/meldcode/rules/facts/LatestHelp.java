package org.meldcode.rules.facts;

import org.meldcode.model.HelpAgreement;

/**
 * The most recent help agreement in the case (national framework, question 4).
 *
 * @param sequence  the event's sequence number
 * @param agreement the agreement
 */
public record LatestHelp(int sequence, HelpAgreement agreement) {}

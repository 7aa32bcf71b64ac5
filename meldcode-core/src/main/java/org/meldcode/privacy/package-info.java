/**
 * What may leave the school about a case: {@link org.meldcode.privacy.ConsultationBrief}, the
 * anonymised summary for a consultation with Veilig Thuis.
 */
package org.meldcode.privacy;

/**
 * The compliance review: how a school's settings and declarations compare with the national
 * framework ({@link org.meldcode.review.ComplianceReview}).
 */
package org.meldcode.review;

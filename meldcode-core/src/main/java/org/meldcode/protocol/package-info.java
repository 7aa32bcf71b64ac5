/**
 * The protocols as data: the clause catalogue ({@link org.meldcode.protocol.Protocol}, {@link
 * org.meldcode.protocol.Clause}), the steps, and the texts in Dutch and English ({@link
 * org.meldcode.protocol.Message}).
 */
package org.meldcode.protocol;

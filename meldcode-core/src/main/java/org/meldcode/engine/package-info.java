/**
 * The engine API: {@link org.meldcode.engine.MeldcodeEngine} rules on an action ({@link
 * org.meldcode.engine.Ruling}, with a {@link org.meldcode.engine.Finding} per clause it breaks),
 * applies it to a case and says where the case stands ({@link org.meldcode.engine.Guidance}). The
 * implementation is in meldcode-rules.
 */
package org.meldcode.engine;

/**
 * Pure-Java renderings of a case and a protocol for people: the dossier (HTML, Markdown), the
 * timeline and the protocol diagram (SVG).
 */
package org.meldcode.render;

/**
 * The facts the rules reason over: derived state, refusals and obligations, and the helpers the
 * rules call. Public only because the rules' generated code lives in other packages; not part
 * of the library's API.
 */
package org.meldcode.rules.facts;

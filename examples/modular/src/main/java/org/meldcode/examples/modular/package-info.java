/** A host on the module path: what a modular school system does with the engine, in one class. */
package org.meldcode.examples.modular;

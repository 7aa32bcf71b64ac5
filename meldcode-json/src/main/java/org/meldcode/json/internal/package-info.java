/**
 * The mappers and the record codec shared by the readers of meldcode-json and meldcode-testing.
 * Not API: the module exports it to meldcode-testing only.
 */
package org.meldcode.json.internal;

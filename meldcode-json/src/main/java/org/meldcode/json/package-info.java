/**
 * The JSON and YAML codec on Jackson 3: case files ({@link org.meldcode.json.CaseJson}), settings
 * files ({@link org.meldcode.json.SettingsFiles}) and {@link org.meldcode.json.MeldcodeJsonModule}
 * for a host's own mapper. Bad input is reported as {@link org.meldcode.json.error.InvalidInputException}
 * with one line that names the place.
 */
package org.meldcode.json;

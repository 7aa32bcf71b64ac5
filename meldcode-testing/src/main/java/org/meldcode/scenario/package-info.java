/**
 * Protocol scenarios as data: a named sequence of actions, each with the ruling (and, where
 * wanted, the guidance) it must produce, and the runner that replays them through an engine.
 * Read from YAML or JSON by {@link org.meldcode.scenario.ScenarioFiles}; the format is described in
 * {@code docs/scenarios.md}.
 */
package org.meldcode.scenario;

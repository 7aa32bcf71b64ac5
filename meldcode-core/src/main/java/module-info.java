/**
 * The pure domain of meldcode: cases and actions, the protocols' clause catalogue, the engine API,
 * school settings and the renderers. Requires nothing but {@code java.base}.
 */
module org.meldcode.core {
    exports org.meldcode.engine;
    exports org.meldcode.model;
    exports org.meldcode.privacy;
    exports org.meldcode.protocol;
    exports org.meldcode.render;
    exports org.meldcode.review;
    exports org.meldcode.settings;
}

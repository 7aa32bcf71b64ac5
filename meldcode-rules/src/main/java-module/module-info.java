/**
 * The protocols' clauses as Drools rules behind the engine API of {@code org.meldcode.core}. Only
 * {@code org.meldcode.rules} is exported; the facts the rules reason over are opened to Drools alone.
 */
@SuppressWarnings("requires-automatic")
module org.meldcode.rules {
    requires transitive org.meldcode.core;
    requires org.slf4j;
    requires com.github.benmanes.caffeine;
    requires org.kie.api;
    requires org.drools.core;
    requires org.drools.base;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;

    exports org.meldcode.rules;

    opens org.meldcode.rules.facts to
            org.drools.core,
            org.drools.base,
            org.drools.canonicalmodel,
            org.drools.modelcompiler;
}

/** A host application as a named module: it reads the meldcode engine and the JSON codec. */
module org.meldcode.examples.modular {
    requires org.meldcode.rules;
    requires org.meldcode.json;
}

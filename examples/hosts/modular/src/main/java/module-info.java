/** A school system on the module path that embeds meldcode. */
module org.example.school {
    requires org.meldcode.rules;
    requires org.meldcode.json;
}

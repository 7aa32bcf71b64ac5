package org.meldcode.engine;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A host-supplied lookup of names the logbook must not contain: the other pupils and parents of
 * the school. The protocol forbids recording the names of other children or parents who voiced
 * concerns; the engine refuses a logbook entry whose text mentions a known name.
 */
@FunctionalInterface
public interface KnownNames {

    /** A lookup that knows no names. */
    KnownNames NONE = text -> false;

    /**
     * Whether the text mentions one of the known names.
     *
     * @param text free text, such as a logbook entry
     * @return true when a known name occurs in it
     */
    boolean mentionedIn(String text);

    /**
     * A lookup over a fixed list of names, matching whole words, ignoring case and diacritics
     * ("Zoë" matches "zoe"; also "ß"/"ss", "ø"/"o", "ł"/"l" and the Dutch "Ĳ"/"IJ"); a name of
     * several words matches those words in sequence.
     *
     * @param names the names, such as "Jan" or "Van der Berg"
     * @return the lookup
     */
    static KnownNames of(Collection<String> names) {
        Set<String> normalized = new HashSet<>();
        for (String name : names) {
            String n = normalize(name);
            if (!n.isBlank()) {
                normalized.add(" " + n.strip() + " ");
            }
        }
        List<String> patterns = List.copyOf(normalized);
        return text -> {
            String t = " " + normalize(text) + " ";
            for (String p : patterns) {
                if (t.contains(p)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static String normalize(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD) // also splits the ligature Ĳ into IJ
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ı", "i");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll(" +", " ");
    }
}

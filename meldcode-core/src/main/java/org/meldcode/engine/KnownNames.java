package org.meldcode.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A host-supplied lookup of names the logbook must not contain: the other pupils and parents of
 * the school (and, for an anonymised brief, the pupil's own name). The protocol forbids recording
 * the names of other children or parents who voiced concerns; the engine refuses a logbook entry
 * whose text mentions a known name.
 */
@FunctionalInterface
public interface KnownNames {

    /** A lookup that knows no names. */
    KnownNames NONE = text -> false;

    /** What {@link #redact} puts in place of a name. */
    String PLACEHOLDER = "[naam]";

    /**
     * Whether the text mentions one of the known names.
     *
     * @param text free text, such as a logbook entry
     * @return true when a known name occurs in it
     */
    boolean mentionedIn(String text);

    /**
     * The text with every known name replaced by {@link #PLACEHOLDER}. This default, for lookups
     * that can only say whether a name occurs, withholds the whole text when one does.
     *
     * @param text free text
     * @return the text without known names
     */
    default String redact(String text) {
        return mentionedIn(text) ? "[tekst weggelaten: noemt een naam]" : text;
    }

    /**
     * A lookup over a fixed list of names, matching whole words, ignoring case and diacritics
     * ("Zoë" matches "zoe"; also "ß"/"ss", "ø"/"o", "ł"/"l" and the Dutch "Ĳ"/"IJ"); a name of
     * several words matches those words in sequence. Its {@link #redact} replaces just the names.
     *
     * @param names the names, such as "Jan" or "Van der Berg"
     * @return the lookup
     */
    static KnownNames of(Collection<String> names) {
        List<List<String>> patterns = new ArrayList<>();
        for (String name : names) {
            List<String> words = new ArrayList<>();
            for (NameToken t : NameToken.split(name)) {
                if (t.word()) {
                    words.add(t.normal());
                }
            }
            if (!words.isEmpty() && !patterns.contains(words)) {
                patterns.add(List.copyOf(words));
            }
        }
        List<List<String>> fixed = List.copyOf(patterns);
        return new KnownNames() {
            @Override
            public boolean mentionedIn(String text) {
                List<NameToken> tokens = NameToken.split(text);
                for (int i = 0; i < tokens.size(); i++) {
                    if (matchAt(tokens, i, fixed) > 0) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public String redact(String text) {
                List<NameToken> tokens = NameToken.split(text);
                StringBuilder out = new StringBuilder(text.length());
                int i = 0;
                while (i < tokens.size()) {
                    int end = matchAt(tokens, i, fixed);
                    if (end > 0) {
                        out.append(PLACEHOLDER);
                        i = end;
                    } else {
                        out.append(tokens.get(i).text());
                        i++;
                    }
                }
                return out.toString();
            }
        };
    }

    /**
     * Where a name that starts at token i ends (exclusive), or 0 when none starts there. Words
     * of a name may be separated by anything that is not a letter or digit.
     */
    private static int matchAt(List<NameToken> tokens, int i, List<List<String>> patterns) {
        if (!tokens.get(i).word()) {
            return 0;
        }
        int best = 0;
        for (List<String> words : patterns) {
            int t = i;
            int w = 0;
            while (t < tokens.size() && w < words.size()) {
                NameToken token = tokens.get(t);
                if (token.word()) {
                    if (!token.normal().equals(words.get(w))) {
                        break;
                    }
                    w++;
                }
                t++;
            }
            if (w == words.size()) {
                best = Math.max(best, t);
            }
        }
        return best;
    }
}

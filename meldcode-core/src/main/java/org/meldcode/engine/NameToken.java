package org.meldcode.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A run of letters and digits (a word) or of anything else, with its folded form, for {@link KnownNames}. */
record NameToken(String text, boolean word, String normal) {

    static List<NameToken> split(String s) {
        List<NameToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int start = i;
            boolean word = isWordChar(s.codePointAt(i));
            while (i < s.length() && isWordChar(s.codePointAt(i)) == word) {
                i += Character.charCount(s.codePointAt(i));
            }
            String text = s.substring(start, i);
            tokens.add(new NameToken(text, word, word ? fold(text) : ""));
        }
        return tokens;
    }

    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD) // also splits the ligature Ĳ into IJ
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ı", "i");
    }
}

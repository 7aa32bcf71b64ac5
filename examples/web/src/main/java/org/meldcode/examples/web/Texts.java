package org.meldcode.examples.web;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.meldcode.protocol.Message;

/** The page's own texts, Dutch (default) and English, from the bundle {@code web*.properties}. */
final class Texts {

    private static final String BUNDLE = "org.meldcode.examples.web.web";

    private Texts() {}

    /** The language asked for: English for {@code en}, Dutch otherwise. */
    static Locale locale(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Message.DUTCH;
    }

    /** The text for a key with {0}, {1}… filled in. */
    static String get(Locale locale, String key, Object... args) {
        String pattern = bundle(locale).getString(key);
        for (int i = 0; i < args.length; i++) {
            pattern = pattern.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return pattern;
    }

    /** Whether the bundle has the key. */
    static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    /** An enum value's name for people: from the library's bundle, else from the page's. */
    static String label(Enum<?> value, Locale locale) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        if (Message.exists(key, locale)) {
            return Message.render(value, locale);
        }
        return has(locale, key) ? get(locale, key) : value.name();
    }

    /** All texts of a language. */
    static Map<String, String> all(Locale locale) {
        ResourceBundle b = bundle(locale);
        Map<String, String> out = new TreeMap<>();
        for (Enumeration<String> keys = b.getKeys(); keys.hasMoreElements(); ) {
            String k = keys.nextElement();
            out.put(k, b.getString(k));
        }
        return out;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

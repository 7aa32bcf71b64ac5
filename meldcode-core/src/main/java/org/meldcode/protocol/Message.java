package org.meldcode.protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text for people, kept as a key and arguments until it is rendered in Dutch or English.
 *
 * <p>Texts live in the resource bundle {@code org.meldcode.messages} (Dutch, the default) and
 * {@code org.meldcode.messages_en} (English), never in rules. A pattern's {@code {0}}, {@code {1}}…
 * are replaced by the arguments: an enum constant is rendered through the bundle key
 * {@code SimpleClassName.CONSTANT}, a nested {@code Message} is rendered in the same language, a
 * collection is rendered element by element, joined with commas, anything else with
 * {@code String.valueOf}. Arguments must not be null.
 *
 * <p>A placeholder may name a form of the argument, as in {@code {0,definite}}: an enum constant is
 * then rendered through the key {@code SimpleClassName.CONSTANT.form} (such as
 * {@code Role.DIRECTOR.definite}, "het directielid"), so a sentence never puts its own article in
 * front of a name whose article it cannot know. A constant without that key is rendered by its plain
 * name.
 *
 * @param key  the bundle key
 * @param args the arguments
 */
public record Message(String key, List<Object> args) {

    /** Dutch, the default language. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final String BUNDLE = "org.meldcode.messages";
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    /** Validates and copies the arguments. */
    public Message {
        Objects.requireNonNull(key, "Message.key is required");
        Objects.requireNonNull(args, "Message.args is required");
        for (int i = 0; i < args.size(); i++) {
            Objects.requireNonNull(args.get(i), "Message.args[" + i + "] is required");
        }
        args = List.copyOf(args);
    }

    /** A message with the given key and arguments. */
    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** The text in Dutch. */
    public String dutch() {
        return in(DUTCH);
    }

    /** The text in English. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /**
     * The text in the given language: English for any English locale, Dutch for everything else.
     *
     * @throws MissingResourceException when the key is not in the bundle
     */
    public String in(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern = bundle.getString(key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            int comma = close > i ? pattern.indexOf(',', i) : -1;
            int end = comma > i && comma < close ? comma : close;
            String form = end == close ? "" : pattern.substring(end + 1, close);
            if (close > i + 1 && isIndex(pattern, i + 1, end) && isForm(form)) {
                int index = Integer.parseInt(pattern.substring(i + 1, end));
                out.append(
                        index < args.size()
                                ? render(args.get(index), form, locale, bundle)
                                : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Renders a single value the way arguments are rendered: an enum constant by its name in the
     * bundle (such as {@code Role.TEACHER} as "leerkracht"), a collection element by element.
     *
     * @param value  the value
     * @param locale the language
     * @return the text
     */
    public static String render(Object value, Locale locale) {
        return render(value, "", locale, bundle(locale));
    }

    /** Whether the bundle for the language has this key. */
    public static boolean exists(String key, Locale locale) {
        return bundle(locale).containsKey(key);
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to > from && to - from <= 2;
    }

    private static boolean isForm(String form) {
        for (int i = 0; i < form.length(); i++) {
            if (!Character.isLetter(form.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String render(Object arg, String form, Locale locale, ResourceBundle bundle) {
        if (arg instanceof Message m) {
            return m.in(locale);
        }
        if (arg instanceof Enum<?> e) {
            String k = e.getDeclaringClass().getSimpleName() + "." + e.name();
            if (!form.isEmpty() && bundle.containsKey(k + "." + form)) {
                return bundle.getString(k + "." + form);
            }
            return bundle.containsKey(k) ? bundle.getString(k) : e.name();
        }
        if (arg instanceof Collection<?> items) {
            List<String> parts = new ArrayList<>(items.size());
            for (Object item : items) {
                parts.add(render(item, form, locale, bundle));
            }
            parts.sort(null);
            StringJoiner joined = new StringJoiner(", ");
            parts.forEach(joined::add);
            return joined.toString();
        }
        return String.valueOf(arg);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return BUNDLES.computeIfAbsent(
                language,
                // By module, not by class loader: the bundles are in this module, and on the module
                // path a Control may not be given (the texts exist in both languages, so the JVM's
                // default locale is never fallen back on).
                l -> ResourceBundle.getBundle(BUNDLE, l, Message.class.getModule()));
    }

    @Override
    public String toString() {
        return key + args;
    }
}

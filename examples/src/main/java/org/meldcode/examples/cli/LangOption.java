package org.meldcode.examples.cli;

import java.util.Locale;
import org.meldcode.protocol.Message;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --lang nl|en} option: the language of the output, Dutch by default. */
final class LangOption {

    @Option(
            names = "--lang",
            paramLabel = "nl|en",
            defaultValue = "nl",
            converter = Converter.class,
            description = "Language of the output: nl (Dutch, the default) or en (English).")
    Locale locale = Message.DUTCH;

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** Picks the Dutch or the English text. */
    String say(String dutch, String english) {
        return english() ? english : dutch;
    }

    static final class Converter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "nl" -> Message.DUTCH;
                case "en" -> Locale.ENGLISH;
                default -> throw new TypeConversionException("expected nl or en, found '" + value + "'");
            };
        }
    }
}

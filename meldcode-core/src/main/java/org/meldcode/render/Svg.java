package org.meldcode.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers for the SVG this package writes: text wrapping, numbers, the document frame. */
final class Svg {

    private Svg() {}

    /** The average width of a character, as a share of the font size, for a generic sans-serif. */
    static final double CHAR = 0.58;

    /** Breaks text into lines of at most about {@code max} characters, at spaces where it can. */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > max) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, max));
                word = word.substring(max);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many characters of the font size fit in the width. */
    static int fit(double width, double fontSize) {
        return Math.max(8, (int) Math.floor(width / (fontSize * CHAR)));
    }

    static String n(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static void open(StringBuilder out, double width, double height, String lang, String title, String desc) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(height))
                .append("\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\" role=\"img\" aria-labelledby=\"svg-title svg-desc\" xml:lang=\"")
                .append(Xml.escape(lang))
                .append("\" font-family=\"sans-serif\">\n");
        out.append("<title id=\"svg-title\">").append(Xml.escape(title)).append("</title>\n");
        out.append("<desc id=\"svg-desc\">").append(Xml.escape(desc)).append("</desc>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(height))
                .append("\" fill=\"#ffffff\"/>\n");
    }

    /** A text element; lines after the first go below it. */
    static void text(
            StringBuilder out, double x, double y, List<String> lines, double size, String anchor, String extra) {
        out.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" font-size=\"")
                .append(n(size))
                .append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (!extra.isEmpty()) {
            out.append(' ').append(extra);
        }
        out.append('>');
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0) {
                out.append(Xml.escape(lines.get(i)));
            } else {
                out.append("<tspan x=\"")
                        .append(n(x))
                        .append("\" dy=\"")
                        .append(n(size * 1.3))
                        .append("\">")
                        .append(Xml.escape(lines.get(i)))
                        .append("</tspan>");
            }
        }
        out.append("</text>\n");
    }
}

package org.meldcode.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * How the school reaches its Veilig Thuis organisation, the regional advice and reporting centre
 * for domestic violence and child abuse: region, name, phone number and website.
 *
 * @param region  the Veilig Thuis region, such as "Flevoland"
 * @param name    the organisation's name, such as "Veilig Thuis Flevoland"
 * @param phone   a Dutch phone number, such as the national number {@code 0800-2000}
 * @param website an http(s) address or a host name, such as {@code https://veiligthuis.nl}
 */
public record VeiligThuisContact(String region, String name, String phone, String website) {

    /** Validates every field. */
    public VeiligThuisContact {
        region = required(region, "veiligThuis.region");
        name = required(name, "veiligThuis.name");
        phone = required(phone, "veiligThuis.phone");
        website = required(website, "veiligThuis.website");
        if (dutchPhoneNumber(phone).isEmpty()) {
            throw new InvalidSettingException(
                    "veiligThuis.phone",
                    "'" + phone + "' is not a Dutch phone number (expected e.g. 0800-2000, 088-1234567, 036-1234567"
                            + " or +31 36 1234567)");
        }
        if (host(website).isEmpty()) {
            throw new InvalidSettingException(
                    "veiligThuis.website",
                    "'" + website + "' is not a web address (expected e.g. https://veiligthuis.nl or veiligthuis.nl)");
        }
    }

    /** The phone number as dialled within the Netherlands, digits only, such as {@code 08002000}. */
    public String phoneDigits() {
        return dutchPhoneNumber(phone).orElseThrow();
    }

    /** The website's host name in lower case, without {@code www.}, such as {@code veiligthuis.nl}. */
    public String websiteHost() {
        return host(website).orElseThrow();
    }

    /**
     * A Dutch phone number as dialled within the Netherlands, digits only; empty when the text is
     * not one. Accepted: free and paid service numbers of 8 or 11 digits ({@code 0800-2000},
     * {@code 0900-1234567}), all other numbers of 10 digits ({@code 088-1234567}, {@code 036-1234567},
     * {@code 06-12345678}), and the same with {@code +31} or {@code 0031} in place of the first
     * {@code 0}. Spaces, dashes, dots and brackets are ignored; other country codes are refused.
     *
     * @param text the number as written
     * @return the digits, such as {@code 08002000}
     */
    public static Optional<String> dutchPhoneNumber(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        String s = text.strip().replaceAll("[\\s\\-.()/]", "");
        if (s.startsWith("+31")) {
            s = "0" + s.substring(3);
        } else if (s.startsWith("0031")) {
            s = "0" + s.substring(4);
        }
        if (s.startsWith("00") || !s.matches("0[1-9][0-9]+")) {
            return Optional.empty(); // another country, or not digits
        }
        boolean service = s.startsWith("0800") || s.startsWith("090");
        boolean fits = service ? s.length() == 8 || s.length() == 11 : s.length() == 10;
        return fits ? Optional.of(s) : Optional.empty();
    }

    /**
     * The host of a web address, in lower case and without {@code www.}; empty when the text is no
     * http(s) address or host name (a host needs a dot and letters, digits or dashes only).
     *
     * @param text such as {@code https://veiligthuis.nl/contact} or {@code www.veiligthuis.nl}
     * @return the host, such as {@code veiligthuis.nl}
     */
    public static Optional<String> host(String text) {
        if (text == null
                || text.isBlank()
                || text.length() > 300
                || text.strip().matches(".*\\s.*")) {
            return Optional.empty();
        }
        String s = text.strip();
        if (!s.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            if (s.contains(":") && !s.matches("[^/]*:[0-9]+(/.*)?")) {
                return Optional.empty(); // a scheme without '//', such as mailto: or javascript:
            }
            s = "https://" + s;
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null || uri.getUserInfo() != null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (!host.matches("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}")) {
            return Optional.empty();
        }
        return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingException(key, "is required");
        }
        if (value.length() > 300) {
            throw new InvalidSettingException(key, "is longer than 300 characters");
        }
        return value.strip();
    }
}

package org.mitwirken.common.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mitwirken.common.CityTime;

/**
 * What problems say, in the languages the API speaks: violations from the {@code ValidationMessages} bundles (the
 * ones Hibernate Validator reads too), titles and details from {@code ProblemMessages}. A message names its
 * arguments in braces, e.g. {@code darf höchstens {max} Zeichen lang sein}.
 */
final class ProblemMessages {
    /** German first, the city's language; the same list as {@code quarkus.locales} for Hibernate Validator. */
    static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);
    static final String VIOLATIONS = "ValidationMessages";
    static final String PROBLEMS = "ProblemMessages";
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemMessages() {
    }

    /**
     * The language of the answer for an {@code Accept-Language} header (RFC 4647 lookup, so {@code en-GB} gets
     * English); German when none is asked for, none is offered or the header cannot be read.
     */
    static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return LANGUAGES.get(0);
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? LANGUAGES.get(0) : chosen;
        } catch (IllegalArgumentException unreadable) {
            return LANGUAGES.get(0);
        }
    }

    /** The title of a type, or of the broader type where a refinement has none of its own. */
    static String title(String typeSlug, ProblemType broader, Locale language) {
        ResourceBundle titles = bundle(PROBLEMS, language);
        String key = "title." + typeSlug;
        return titles.containsKey(key) ? titles.getString(key) : text(PROBLEMS, "title." + broader.code(), language);
    }

    static String detail(String code, Map<String, Object> arguments, Locale language) {
        return format(text(PROBLEMS, code, language), arguments, language);
    }

    static String violation(String code, Map<String, Object> arguments, Locale language) {
        return format(text(VIOLATIONS, code, language), arguments, language);
    }

    /** Whether a violation code has its messages, e.g. the key of a constraint's {@code message = "{slug}"}. */
    static boolean isViolationCode(String code) {
        return bundle(VIOLATIONS, LANGUAGES.get(0)).containsKey(code);
    }

    private static String text(String bundle, String key, Locale language) {
        try {
            return bundle(bundle, language).getString(key);
        } catch (MissingResourceException missing) {
            // The code catalogue test keeps this from happening; the code still tells a client what is wrong.
            return key;
        }
    }

    private static ResourceBundle bundle(String name, Locale language) {
        return ResourceBundle.getBundle(name, language, ProblemMessages.class.getClassLoader(), NO_FALLBACK);
    }

    private static String format(String message, Map<String, Object> arguments, Locale language) {
        Matcher matcher = ARGUMENT.matcher(message);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            Object value = arguments.get(matcher.group(1));
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? matcher.group()
                    : readable(value, language)));
        }
        return matcher.appendTail(text).toString();
    }

    private static String readable(Object value, Locale language) {
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ofPattern(Locale.GERMAN.equals(language) ? "d.M.yyyy, HH:mm 'Uhr'"
                    : "yyyy-MM-dd HH:mm", language).withZone(CityTime.ZONE).format(instant);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}

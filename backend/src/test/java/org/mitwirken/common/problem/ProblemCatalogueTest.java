package org.mitwirken.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of codes: every code the API can send has its words in German and English, every message belongs to
 * a code, and every constraint the requests use has a code. The web app's test reads the same bundles for its own
 * words (frontend/src/i18n/problems.test.ts).
 */
@DisplayName("The catalogue of problem codes")
class ProblemCatalogueTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mitwirken");
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern CODE_TEMPLATE = Pattern.compile("\\{([a-z0-9]+(?:-[a-z0-9]+)*)}");
    /** Constraints whose codes {@link ConstraintCodes} knows without a message key. */
    private static final Set<String> STANDARD = Stream.of(NotNull.class, NotBlank.class, NotEmpty.class, Size.class,
            Min.class, Max.class, DecimalMin.class, DecimalMax.class).map(Class::getName).collect(Collectors.toSet());

    @Test
    @DisplayName("German and English say the same codes, with the same arguments")
    void languagesMatch() {
        for (String bundle : Set.of(ProblemMessages.VIOLATIONS, ProblemMessages.PROBLEMS)) {
            Properties german = load(bundle + "_de");
            Properties english = load(bundle + "_en");
            assertEquals(new TreeSet<>(german.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()),
                    bundle);
            german.stringPropertyNames().forEach(key -> assertEquals(arguments(german.getProperty(key)),
                    arguments(english.getProperty(key)), bundle + ": " + key));
        }
    }

    @Test
    @DisplayName("every code has its words in exactly one bundle, and every message there belongs to a code")
    void everyCodeHasWords() {
        Set<String> violations = load(ProblemMessages.VIOLATIONS + "_de").stringPropertyNames();
        Set<String> problems = load(ProblemMessages.PROBLEMS + "_de").stringPropertyNames();
        Map<String, String> codes = codes();
        codes.forEach((code, constant) -> assertTrue(violations.contains(code) ^ problems.contains(code),
                constant + " (" + code + ") needs words in exactly one of ValidationMessages and ProblemMessages"));
        Set<String> said = new TreeSet<>(violations);
        problems.stream().filter(key -> !key.startsWith("title.")).forEach(said::add);
        said.removeAll(codes.keySet());
        assertEquals(Set.of(), said, "messages without a code");
        for (ProblemType type : ProblemType.values()) {
            assertTrue(problems.contains("title." + type.code()), "title of " + type);
        }
        problems.stream().filter(key -> key.startsWith("title.")).forEach(key -> assertTrue(
                codes.containsKey(key.substring("title.".length())), key + " titles no problem type"));
    }

    @Test
    @DisplayName("every constraint the API uses has a code: a standard one, or a message key that is a code")
    void everyConstraintHasACode() {
        Set<String> violations = load(ProblemMessages.VIOLATIONS + "_de").stringPropertyNames();
        Set<String> uncoded = new TreeSet<>();
        for (JavaClass type : PRODUCTION) {
            Stream.concat(type.getFields().stream().flatMap(field -> field.getAnnotations().stream()),
                    type.getCodeUnits().stream().flatMap(unit -> unit.getParameters().stream())
                            .flatMap(parameter -> parameter.getAnnotations().stream()))
                    .filter(annotation -> annotation.getRawType().isAnnotatedWith(Constraint.class))
                    .filter(annotation -> !hasCode(annotation, violations))
                    .forEach(annotation -> uncoded.add(type.getSimpleName() + ": " + annotation.getRawType()
                            .getSimpleName()));
        }
        assertEquals(Set.of(), uncoded);
    }

    private static boolean hasCode(JavaAnnotation<?> annotation, Set<String> violations) {
        if (STANDARD.contains(annotation.getRawType().getName())) {
            return true;
        }
        Object message = annotation.get("message").orElse(null);
        Matcher template = CODE_TEMPLATE.matcher(String.valueOf(message));
        return template.matches() && violations.contains(template.group(1));
    }

    /** Every constant of every enum of codes in the product, by code; a code used twice fails here. */
    private static Map<String, String> codes() {
        Map<String, String> codes = new TreeMap<>();
        PRODUCTION.stream().filter(JavaClass::isEnum).filter(type -> type.isAssignableTo(ProblemCode.class))
                .forEach(type -> {
                    for (Object constant : type.reflect().getEnumConstants()) {
                        String code = ((ProblemCode) constant).code();
                        String name = type.getSimpleName() + "." + constant;
                        String earlier = codes.put(code, name);
                        assertTrue(earlier == null, code + " is both " + earlier + " and " + name);
                    }
                });
        return codes;
    }

    private static Set<String> arguments(String message) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static Properties load(String name) {
        try (InputStream in = ProblemCatalogueTest.class.getResourceAsStream("/" + name + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

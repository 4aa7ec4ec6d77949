package org.mitwirken.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Features talk to each other only through services and DTO records; shared plumbing knows no feature. */
@DisplayName("Feature boundaries")
class FeatureBoundariesTest {
    private static final String ROOT = "org.mitwirken";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    @DisplayName("no feature touches another feature's entities, repositories or resources")
    void featuresStayApart() {
        classes().should(new ArchCondition<>("use only services and DTOs of other features") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String from = feature(origin);
                    String to = feature(target);
                    if (to != null && !to.equals(from) && !"common".equals(to) && isInternal(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).check(PRODUCTION);
    }

    @Test
    @DisplayName("the common package depends on no feature")
    void commonKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".common..", "java..", "jakarta..",
                        "io..", "org.eclipse..", "org.jboss..", "org.hibernate..", "org.postgresql..", "com.fasterxml..",
                        "org.apache.pdfbox..", "org.apache.fontbox..")
                .check(PRODUCTION);
    }

    @Test
    @DisplayName("resources never return entities")
    void resourcesSpeakDtos() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .should().haveRawReturnType(new com.tngtech.archunit.base.DescribedPredicate<>("a non-entity type") {
                    @Override
                    public boolean test(JavaClass type) {
                        return !type.isAnnotatedWith(Entity.class);
                    }
                }).check(PRODUCTION);
    }

    private static boolean isInternal(JavaClass target) {
        return target.isAnnotatedWith(Entity.class) || target.isAnnotatedWith(Path.class)
                || target.isAssignableTo(PanacheRepositoryBase.class)
                || target.getSimpleName().endsWith("Repository");
    }

    /** The first package below the root, e.g. "format" for org.mitwirken.format.FormatService. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}

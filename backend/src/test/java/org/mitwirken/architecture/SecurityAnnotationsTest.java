package org.mitwirken.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deny by default, checked in code as well as configured: nobody can add an endpoint without saying who may call it. */
@DisplayName("Security annotations")
class SecurityAnnotationsTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mitwirken");
    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class);
    private static final List<Class<? extends Annotation>> DECISIONS = List.of(RolesAllowed.class, PermitAll.class,
            Authenticated.class, DenyAll.class);

    @Test
    @DisplayName("every endpoint method, or its class, says who may call it")
    void everyEndpointDeclaresItsCallers() {
        methods().should(new ArchCondition<>("declare RolesAllowed, PermitAll, Authenticated or DenyAll") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotatedWith)) {
                    return;
                }
                boolean declared = DECISIONS.stream()
                        .anyMatch(a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                events.add(new SimpleConditionEvent(method, declared, method.getFullName()
                        + (declared ? " declares its callers" : " says nothing about who may call it")));
            }
        }).check(PRODUCTION);
    }
}

package org.mitwirken.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.integrity.ParticipationCodes;
import org.mitwirken.integrity.ParticipationGate;
import org.mitwirken.integrity.ParticipationMarks;

/**
 * Participation integrity lives in one place, {@code org.mitwirken.integrity}: who may take part, how often, and where
 * a contribution counts. Every format that counts people goes through it.
 */
@DisplayName("The participation integrity core")
class IntegrityCoreTest {
    private static final String ROOT = "org.mitwirken";
    private static final String CORE = ROOT + ".integrity..";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    @DisplayName("knows no feature: it depends on the shared plumbing only")
    void knowsNoFeature() {
        noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                .and(not(resideInAnyPackage(CORE, ROOT + ".common..")))).check(PRODUCTION);
    }

    @Test
    @DisplayName("surveys and voting rounds both let people in through the gate")
    void surveysAndVotingsUseTheGate() {
        classes().that().haveFullyQualifiedName(ROOT + ".survey.SubmissionService")
                .or().haveFullyQualifiedName(ROOT + ".voting.VotingService")
                .should(new ArchCondition<>("admit participants through " + ParticipationGate.class.getSimpleName()) {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        boolean admits = origin.getMethodCallsFromSelf().stream()
                                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(ParticipationGate.class)
                                        && call.getName().equals("admit"));
                        events.add(new SimpleConditionEvent(origin, admits, origin.getName()
                                + (admits ? " admits through the gate" : " does not admit through the gate")));
                    }
                }).check(PRODUCTION);
    }

    @Test
    @DisplayName("no feature spends a code or takes a mark itself, past the gate's rules")
    void onlyTheGateSpendsRights() {
        Set<String> spending = Set.of("redeem", "take");
        noClasses().that().resideOutsideOfPackage(CORE).should(new ArchCondition<>("spend codes or take marks") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                    JavaClass owner = call.getTargetOwner();
                    if (spending.contains(call.getName()) && (owner.isAssignableTo(ParticipationCodes.class)
                            || owner.isAssignableTo(ParticipationMarks.class))) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        }).check(PRODUCTION);
    }
}

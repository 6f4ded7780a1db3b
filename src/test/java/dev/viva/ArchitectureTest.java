package dev.viva;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What review would miss: the direction of the dependencies between Viva's packages. */
class ArchitectureTest {

    static final JavaClasses VIVA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.viva");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.viva.(*)..")
                .should().beFreeOfCycles().check(VIVA);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("dev.viva.(**)")
                .should().beFreeOfCycles().check(VIVA);
    }

    @Test
    void theDomainDoesNotChooseHttpStatuses() {
        noClasses()
                .that().haveSimpleNameNotEndingWith("Resource")
                .and().resideOutsideOfPackages("dev.viva.problem..", "dev.viva.web..", "dev.viva.http..")
                .and().doNotHaveFullyQualifiedName("dev.viva.security.SecurityProblems")
                .should().dependOnClassesThat().resideInAPackage("dev.viva.problem..")
                .because("services throw domain exceptions or return results; only resources and mappers pick a status").check(VIVA);
    }

    @Test
    void onlyResourcesPagesAndTheModelClientSpeakHttp() {
        noClasses()
                .that().haveSimpleNameNotEndingWith("Resource")
                .and().resideOutsideOfPackages("dev.viva.problem..", "dev.viva.web..", "dev.viva.llm..",
                        "dev.viva.security..", "dev.viva.http..", "dev.viva.ratelimit.rest..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..").check(VIVA);
    }

    @Test
    void theRubricModelStandsAlone() {
        noClasses()
                .that().resideInAPackage("dev.viva.rubric.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.viva.question..", "dev.viva.grading..",
                        "dev.viva.evaluation..", "dev.viva.rubric", "dev.viva.rubric.version..", "dev.viva.rubric.writer..",
                        "dev.viva.rubric.rest..").check(VIVA);
    }

    @Test
    void theLlmPlumbingKnowsNoFeature() {
        noClasses()
                .that().resideInAnyPackage("dev.viva.llm..", "dev.viva.text..", "dev.viva.support..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.viva.question..", "dev.viva.rubric..",
                        "dev.viva.grading..", "dev.viva.evaluation..", "dev.viva.review..", "dev.viva.calibration..",
                        "dev.viva.web..", "dev.viva.bank..", "dev.viva.security..", "dev.viva.problem..").check(VIVA);
    }
}

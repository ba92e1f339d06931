package app.rolewise.it.architecture;

import app.rolewise.content.RefusedException;
import app.rolewise.history.proof.RoleAwareHistory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the module layout of the README ("Architecture on one screen"): the content kernel (refusals, content
 * history, audit log, schema) depends on nothing of ours, the role library only on the kernel, comparison and
 * the hiring workflow build on both but not on each other, and nothing but the web layer knows the web layer.
 * Inside a module, business components are boundary/control/entity with no upward dependencies.
 */
class ArchitectureTest {

    private static final String[] WEB_PACKAGES = {
            "app.rolewise.view..", "app.rolewise.security..", "app.rolewise.health.."};
    private static final String[] LIBRARY_PACKAGES = {"app.rolewise.library.."};
    /** The content kernel: refusals, versions, audit, schema. */
    private static final String[] KERNEL_PACKAGES = {
            "app.rolewise.content..", "app.rolewise.history..", "app.rolewise.audit..", "app.rolewise.schema.."};

    /** The business component of a package: hiring.assessment, library, view, ... */
    private static final Pattern COMPONENT = Pattern.compile("app\\.rolewise\\.(hiring\\.[a-z]+|(?!hiring\\b)[a-z]+)(\\..*)?");

    private static JavaClasses rolewise;

    @BeforeAll
    static void importProductionClasses() {
        rolewise = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rolewise");
    }

    @Test
    void modulesOnlyDependDownwards() {
        modulesDependDownwards().check(rolewise);
    }

    /** The rule is not blind to the kernel reaching up: a history class that knows the library's roles. */
    @Test
    void aKernelClassThatKnowsTheLibraryIsCaught() {
        JavaClasses upward = new ClassFileImporter().importClasses(RoleAwareHistory.class);

        AssertionError caught = assertThrows(AssertionError.class, () -> modulesDependDownwards().check(upward));
        assertTrue(caught.getMessage().contains(RoleAwareHistory.class.getName()), caught.getMessage());
    }

    static ArchRule modulesDependDownwards() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Web").definedBy(WEB_PACKAGES)
                .layer("Comparison").definedBy("app.rolewise.comparison..")
                .layer("Hiring workflow").definedBy("app.rolewise.hiring..")
                .layer("Library").definedBy(LIBRARY_PACKAGES)
                .layer("Kernel").definedBy(KERNEL_PACKAGES)
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Comparison").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Hiring workflow").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Library").mayOnlyBeAccessedByLayers("Web", "Comparison", "Hiring workflow")
                .whereLayer("Library").mayOnlyAccessLayers("Kernel")
                .whereLayer("Kernel").mayNotAccessAnyLayer();
    }

    @Test
    void businessComponentsHaveNoCycles() {
        businessComponentsFreeOfCycles().check(rolewise);
    }

    /** The rule is not blind to a cycle inside a module: two hiring components that know each other. */
    @Test
    void aCycleBetweenTwoHiringComponentsIsCaught() {
        JavaClasses cycle = new ClassFileImporter().importClasses(
                app.rolewise.hiring.proofa.boundary.ProofA.class, app.rolewise.hiring.proofb.boundary.ProofB.class);

        AssertionError caught = assertThrows(AssertionError.class, () -> businessComponentsFreeOfCycles().check(cycle));
        assertTrue(caught.getMessage().contains("hiring.proofa") && caught.getMessage().contains("hiring.proofb"), caught.getMessage());
    }

    /**
     * A business component is a top-level package (library, audit, comparison, ...), except in the hiring
     * workflow, whose components are the packages under it (assessment, description, recommendation).
     */
    static ArchRule businessComponentsFreeOfCycles() {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                Matcher component = COMPONENT.matcher(type.getPackageName());
                return component.matches() ? SliceIdentifier.of(component.group(1)) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "business components";
            }
        }).should().beFreeOfCycles();
    }

    @Test
    void otherComponentsAreUsedThroughTheirBoundary() {
        controlStaysInsideItsComponent().check(rolewise);
    }

    /** The rule is not blind: a hiring component reaching into another one's control. */
    @Test
    void reachingIntoAnotherComponentsControlIsCaught() {
        JavaClasses reach = new ClassFileImporter().importClasses(
                app.rolewise.hiring.proofc.boundary.ProofC.class, app.rolewise.hiring.proofb.control.ProofRules.class);

        AssertionError caught = assertThrows(AssertionError.class, () -> controlStaysInsideItsComponent().check(reach));
        assertTrue(caught.getMessage().contains("ProofC") && caught.getMessage().contains("ProofRules"), caught.getMessage());
    }

    /** Another component's control is its own business: what others may use is its boundary (and its entities). */
    static ArchRule controlStaysInsideItsComponent() {
        return classes().should(new ArchCondition<JavaClass>("use other business components' control only through their boundary") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String component = componentOf(item.getPackageName());
                item.getDirectDependenciesFromSelf().stream()
                        .filter(dependency -> dependency.getTargetClass().getPackageName().matches(".*\\.control(\\..*)?"))
                        .filter(dependency -> component == null
                                || !component.equals(componentOf(dependency.getTargetClass().getPackageName())))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        });
    }

    @Test
    void onlyTheKernelReadsVersionJson() {
        versionJsonStaysInTheKernel().check(rolewise);
    }

    /** The rule is not blind: a component reading a stored version's JSON itself. */
    @Test
    void readingVersionJsonOutsideTheKernelIsCaught() {
        JavaClasses reader = new ClassFileImporter().importClasses(app.rolewise.hiring.proofc.boundary.ProofC.class);

        AssertionError caught = assertThrows(AssertionError.class, () -> versionJsonStaysInTheKernel().check(reader));
        assertTrue(caught.getMessage().contains("ProofC"), caught.getMessage());
    }

    /** The kernel turns versions into each kind's content; nobody else parses what it stored. */
    static ArchRule versionJsonStaysInTheKernel() {
        return noClasses().that().resideOutsideOfPackages(KERNEL_PACKAGES)
                .should().callMethod(app.rolewise.history.entity.ContentVersion.class, "getContentJson");
    }

    private static String componentOf(String packageName) {
        Matcher component = COMPONENT.matcher(packageName);
        return component.matches() ? component.group(1) : null;
    }

    @Test
    void entitiesKnowNeitherControlNorBoundary() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
                .allowEmptyShould(true)
                .check(rolewise);
    }

    /** Within one business component; another component's boundary is exactly what control may call. */
    @Test
    void controlDoesNotKnowItsOwnBoundary() {
        classes().that().resideInAPackage("..control..")
                .should(new ArchCondition<JavaClass>("not depend on the boundary of their own business component") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String component = item.getPackageName().replaceAll("\\.control(\\..*)?$", "");
                        item.getDirectDependenciesFromSelf().stream()
                                .filter(dependency -> dependency.getTargetClass().getPackageName()
                                        .startsWith(component + ".boundary"))
                                .forEach(dependency -> events.add(SimpleConditionEvent.violated(
                                        dependency, dependency.getDescription())));
                    }
                })
                .allowEmptyShould(true)
                .check(rolewise);
    }

    /**
     * The modules refuse with a {@link RefusedException}: an application exception, which an EJB passes to the
     * page as it was thrown (not wrapped in an EJBException) and which the page shows by its message key.
     */
    @Test
    void theModulesThrowRefusals() {
        exceptionsAreRefusals().check(rolewise);
    }

    @Test
    void anExceptionWithoutTheBaseIsCaught() {
        JavaClasses unrooted = new ClassFileImporter().importClasses(Unrooted.class);

        AssertionError caught = assertThrows(AssertionError.class, () -> exceptionsAreRefusals().check(unrooted));
        assertTrue(caught.getMessage().contains(Unrooted.class.getName()), caught.getMessage());
    }

    static ArchRule exceptionsAreRefusals() {
        return classes().that().areAssignableTo(RuntimeException.class).and().resideOutsideOfPackages(WEB_PACKAGES)
                .should().beAssignableTo(RefusedException.class);
    }

    /** What the rule is there to catch: an exception of a module that does not extend the base. */
    static class Unrooted extends RuntimeException {
    }

    @Test
    void noTechnicalDrawers() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..")
                .check(rolewise);
    }

    @Test
    void thePersistenceUnitNamesEveryEntity() throws IOException {
        String persistenceXml;
        try (var in = ArchitectureTest.class.getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
            persistenceXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> unlisted = rolewise.stream()
                .filter(type -> type.isAnnotatedWith(jakarta.persistence.Entity.class))
                .map(JavaClass::getName)
                .filter(name -> !persistenceXml.contains("<class>" + name + "</class>"))
                .toList();
        assertEquals(List.of(), unlisted, "entities missing from web/src/main/resources/META-INF/persistence.xml");
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        Path root = Path.of(System.getProperty("rolewise.root", ".."));
        List<Path> undocumented;
        try (Stream<Path> files = Files.walk(root)) {
            undocumented = files
                    .filter(path -> path.toString().contains("/src/main/java/") && path.toString().endsWith(".java"))
                    .filter(path -> !path.toString().contains("/target/"))
                    .map(Path::getParent)
                    .distinct()
                    .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertEquals(List.of(), undocumented, "packages without a package-info.java");
    }
}

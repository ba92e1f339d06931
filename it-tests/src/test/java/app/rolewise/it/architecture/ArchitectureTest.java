package app.rolewise.it.architecture;

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
 * Keeps the module layout of DEVELOPERS.md: the domain module (role library, audit, content history, schema) depends on nothing of ours, comparison and
 * the hiring workflow build on the library but not on each other, and nothing but the web layer knows
 * the web layer. Inside a module, business components are boundary/control/entity with no upward
 * dependencies.
 */
class ArchitectureTest {

    private static final String[] WEB_PACKAGES = {
            "app.rolewise.view..", "app.rolewise.security..", "app.rolewise.health.."};
    private static final String[] DOMAIN_PACKAGES = {
            "app.rolewise.library..", "app.rolewise.audit..", "app.rolewise.history..", "app.rolewise.schema.."};

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
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Web").definedBy(WEB_PACKAGES)
                .layer("Comparison").definedBy("app.rolewise.comparison..")
                .layer("Hiring workflow").definedBy("app.rolewise.hiring..")
                .layer("Domain").definedBy(DOMAIN_PACKAGES)
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Comparison").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Hiring workflow").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Web", "Comparison", "Hiring workflow")
                .check(rolewise);
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

package app.rolewise.library.control;

import app.rolewise.library.entity.Publishable;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleContent;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.ContentStatus;
import app.rolewise.library.entity.Skill;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library's JSON format, and the seed library that ships in it.
 */
class LibraryJsonTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final LibraryJson JSON = new LibraryJson();

    @BeforeAll
    static void open() {
        JSON.open();
    }

    @AfterAll
    static void close() {
        JSON.close();
    }

    private static LibraryDocument seed() throws IOException {
        try (InputStream in = LibraryJsonTest.class.getClassLoader().getResourceAsStream("library/seed-library.json")) {
            return JSON.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSeedHasAtLeastTenPublishedRolesWithEveryDimension() throws IOException {
        LibraryDocument seed = seed();
        Map<String, Skill> catalogue = seed.skills().stream()
                .collect(Collectors.toMap(LibraryDocument.SkillEntry::name,
                        entry -> new Skill(entry.name(), entry.kind(), entry.category())));

        for (RoleContent content : seed.roles()) {
            Role role = new Role(new RoleSlug(content.slug()), content.name(), content.family(), content.summary());
            role.revise(content, name -> {
                Skill skill = catalogue.get(name);
                assertTrue(skill != null, content.slug() + " uses unknown skill " + name);
                return skill;
            });
            Set<ConstraintViolation<Role>> violations = VALIDATOR.validate(role, Default.class, Publishable.class);
            assertEquals(Set.of(), violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.toSet()), content.slug());
            assertEquals(ContentStatus.PUBLISHED, content.status(), content.slug());
            for (RoleContent.Dimension dimension : RoleContent.Dimension.values()) {
                assertTrue(!dimension.textOf(content).isBlank(), content.slug() + " lacks " + dimension);
            }
        }
        assertTrue(seed.roles().size() >= 10, "roles: " + seed.roles().size());
        assertTrue(seed.roles().stream().map(RoleContent::slug).toList()
                .containsAll(List.of("data-engineer", "machine-learning-engineer")));
    }

    /** The seed's facts on careers: a data engineer moves into architecture or management, an ML engineer into lead roles or management. */
    @Test
    void theSeedsCareerPathsStartAfterTheRoleAndBranchWhereTheSeedSaysOr() throws IOException {
        Map<String, RoleContent> roles = seed().roles().stream().collect(Collectors.toMap(RoleContent::slug, Function.identity()));

        for (RoleContent role : roles.values()) {
            assertEquals(role.careerPath().progression().size(), role.careerPath().nextSteps(role.name()).size(),
                    role.slug() + " lists itself as a step: " + role.careerPath().progression());
        }
        assertEquals(List.of("Data architect", "Data engineering manager or head of data"),
                last(roles.get("data-engineer").careerPath().nextSteps("Data Engineer")));
        assertEquals(List.of("Lead or staff ML engineer", "Head of AI or ML engineering manager"),
                last(roles.get("machine-learning-engineer").careerPath().nextSteps("Machine Learning Engineer")));
        assertTrue(roles.get("applied-scientist").careerPath().progression().stream().noneMatch(step -> step.startsWith("Applied")),
                roles.get("applied-scientist").careerPath().progression().toString());
    }

    private static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }

    @Test
    void aDocumentSurvivesAWriteAndARead() throws IOException {
        LibraryDocument seed = seed();

        LibraryDocument again = JSON.read(JSON.write(seed));

        assertEquals(seed.skills(), again.skills());
        for (int i = 0; i < seed.roles().size(); i++) {
            assertEquals(List.of(), seed.roles().get(i).changesTo(again.roles().get(i)));
        }
    }

    @Test
    void aFileThatIsNotALibraryGetsAClearMessage() {
        Function<String, String> refusalOf = text -> assertThrows(LibraryImportException.class, () -> JSON.read(text)).key();

        assertEquals("refused.import.empty", refusalOf.apply("  "));
        assertEquals("refused.import.notJson", refusalOf.apply("{\"roles\": ["));
        assertEquals("refused.import.notExport", refusalOf.apply("{\"format\": \"something-else\"}"));
    }
}

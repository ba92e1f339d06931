package app.rolewise.library.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A data/AI role in the library, the aggregate root of the role library: described along the dimensions
 * hiring teams compare roles by, with the skills it uses from the shared catalogue.
 * <p>
 * The Bean Validation constraints here are the one source of the input rules: the admin pages, the import
 * and publishing all check against them. Limits that always hold are in the default group; that every
 * dimension is filled is checked on publishing ({@link Publishable}).
 */
@Entity
@Cacheable
@Table(name = "library_role")
// "r.status, r.name" orders as "r.name" does: with the status in the order too, H2 reads a page of the
// catalogue from the index (status, name) instead of sorting every published role first
@NamedQuery(name = Role.FIND_BY_STATUS, query = "select r from Role r where r.status = :status order by r.status, r.name",
        hints = @QueryHint(name = "org.hibernate.cacheable", value = "true"))
@NamedQuery(name = Role.FIND_BY_SLUG, query = "select r from Role r where r.slug = :slug",
        hints = @QueryHint(name = "org.hibernate.cacheable", value = "true"))
@NamedQuery(name = Role.FIND_ALL, query = "select r from Role r order by r.name")
@NamedQuery(name = Role.FAMILIES, query = "select distinct r.family from Role r order by r.family")
@NamedQuery(name = Role.COUNT, query = "select count(r) from Role r")
@NamedQuery(name = Role.COUNT_BY_STATUS, query = "select count(r) from Role r where r.status = :status",
        hints = @QueryHint(name = "org.hibernate.cacheable", value = "true"))
public class Role implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_STATUS = "Role.findByStatus";
    public static final String FIND_BY_SLUG = "Role.findBySlug";
    public static final String FIND_ALL = "Role.findAll";
    public static final String FAMILIES = "Role.families";
    public static final String COUNT = "Role.count";
    public static final String COUNT_BY_STATUS = "Role.countByStatus";

    public static final int NAME_MAX = 120;
    public static final int FAMILY_MAX = 60;
    public static final int SUMMARY_MAX = 500;
    public static final int FOCUS_MAX = 500;
    public static final int OVERVIEW_MAX = 10000;
    public static final int PARAGRAPH_MAX = 1000;
    public static final int ITEM_MAX = 300;
    public static final int STEP_MAX = 120;
    public static final String ONET_SOC_FORMAT = "\\d{2}-\\d{4}\\.\\d{2}";
    public static final String ISCO_08_FORMAT = "\\d{4}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Embedded
    @Valid
    @NotNull(message = "{role.slug.required}")
    private RoleSlug slug;

    @NotBlank(message = "{role.name.required}")
    @Size(max = NAME_MAX, message = "{role.name.size}")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank(message = "{role.family.required}")
    @Size(max = FAMILY_MAX, message = "{role.family.size}")
    @Column(nullable = false, length = FAMILY_MAX)
    private String family;

    @NotBlank(message = "{role.summary.required}")
    @Size(max = SUMMARY_MAX, message = "{role.summary.size}")
    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContentStatus status;

    @NotBlank(groups = Publishable.class, message = "{role.onetSoc.required}")
    @Pattern(regexp = ONET_SOC_FORMAT, message = "{role.onetSoc.format}")
    @Column(name = "onet_soc_code", length = 10)
    private String onetSocCode;

    @NotBlank(groups = Publishable.class, message = "{role.isco08.required}")
    @Pattern(regexp = ISCO_08_FORMAT, message = "{role.isco08.format}")
    @Column(name = "isco08_code", length = 4)
    private String isco08Code;

    @NotBlank(groups = Publishable.class, message = "{role.primaryFocus.required}")
    @Size(max = FOCUS_MAX, message = "{role.primaryFocus.size}")
    @Column(name = "primary_focus", length = FOCUS_MAX)
    private String primaryFocus;

    /** Sanitised HTML (see {@link RichText}). */
    @NotBlank(groups = Publishable.class, message = "{role.overview.required}")
    @Size(max = OVERVIEW_MAX, message = "{role.overview.size}")
    @Column(length = OVERVIEW_MAX)
    private String overview;

    @Size(min = 1, groups = Publishable.class, message = "{role.responsibilities.required}")
    @Size(max = 15, message = "{role.responsibilities.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "role_responsibility", joinColumns = @JoinColumn(name = "role_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = ITEM_MAX)
    private List<@NotBlank @Size(max = ITEM_MAX, message = "{role.item.size}") String> responsibilities = new ArrayList<>();

    @Size(min = 1, groups = Publishable.class, message = "{role.skills.required}")
    @Size(max = 40, message = "{role.skills.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "role_skill", joinColumns = @JoinColumn(name = "role_id"))
    @OrderColumn(name = "position")
    private List<@Valid RoleSkill> skills = new ArrayList<>();

    @NotBlank(groups = Publishable.class, message = "{role.reportingLine.required}")
    @Size(max = PARAGRAPH_MAX, message = "{role.paragraph.size}")
    @Column(name = "reporting_line", length = PARAGRAPH_MAX)
    private String reportingLine;

    @Size(min = 1, groups = Publishable.class, message = "{role.entryPoints.required}")
    @Size(max = 8, message = "{role.entryPoints.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "role_entry_point", joinColumns = @JoinColumn(name = "role_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = STEP_MAX)
    private List<@NotBlank @Size(max = STEP_MAX, message = "{role.step.size}") String> entryPoints = new ArrayList<>();

    @Size(min = 1, groups = Publishable.class, message = "{role.progression.required}")
    @Size(max = 10, message = "{role.progression.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "role_progression_step", joinColumns = @JoinColumn(name = "role_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = STEP_MAX)
    private List<@NotBlank @Size(max = STEP_MAX, message = "{role.step.size}") String> progression = new ArrayList<>();

    @Size(min = 1, groups = Publishable.class, message = "{role.salaryFactors.required}")
    @Size(max = 12, message = "{role.salaryFactors.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "role_salary_factor", joinColumns = @JoinColumn(name = "role_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = ITEM_MAX)
    private List<@NotBlank @Size(max = ITEM_MAX, message = "{role.item.size}") String> salaryFactors = new ArrayList<>();

    @NotBlank(groups = Publishable.class, message = "{role.outlook.required}")
    @Size(max = PARAGRAPH_MAX, message = "{role.paragraph.size}")
    @Column(length = PARAGRAPH_MAX)
    private String outlook;

    @Size(min = 1, groups = Publishable.class, message = "{role.misconceptions.required}")
    @Size(max = 10, message = "{role.misconceptions.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "role_misconception", joinColumns = @JoinColumn(name = "role_id"))
    @OrderColumn(name = "position")
    private List<@Valid Misconception> misconceptions = new ArrayList<>();

    @Size(min = 1, groups = Publishable.class, message = "{role.whenToHire.required}")
    @Size(max = 10, message = "{role.whenToHire.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "role_hiring_signal", joinColumns = @JoinColumn(name = "role_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = ITEM_MAX)
    private List<@NotBlank @Size(max = ITEM_MAX, message = "{role.item.size}") String> whenToHire = new ArrayList<>();

    @Size(min = 1, groups = Publishable.class, message = "{role.faq.required}")
    @Size(max = 15, message = "{role.faq.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "role_faq", joinColumns = @JoinColumn(name = "role_id"))
    @OrderColumn(name = "position")
    private List<@Valid FaqEntry> faq = new ArrayList<>();

    protected Role() {
        // for JPA
    }

    /** A new role starts as a draft: nobody outside the admin pages sees it until it is published. */
    public Role(RoleSlug slug, String name, String family, String summary) {
        this.slug = Objects.requireNonNull(slug, "slug");
        setName(name);
        setFamily(family);
        setSummary(summary);
        this.status = ContentStatus.DRAFT;
    }

    /** A role being written in the admin's form; it gets its URL name when it is created. */
    public static Role blankDraft() {
        Role draft = new Role();
        draft.status = ContentStatus.DRAFT;
        return draft;
    }

    /** Names a blank draft's URL; a role keeps its URL name for good, so bookmarks keep working. */
    public Role withSlug(RoleSlug slug) {
        if (this.slug != null) {
            throw new IllegalStateException("The role " + this.slug + " keeps its URL name");
        }
        this.slug = Objects.requireNonNull(slug, "slug");
        return this;
    }

    /** Makes the role visible to everyone; an archived role can be brought back this way. */
    public void publish() {
        status = status.publish(name);
    }

    /** Withdraws a published role from everyone but admins, keeping it for the records that cite it. */
    public void archive() {
        status = status.archive(name);
    }

    /**
     * Takes over every dimension of the given content (not the slug, not the status): used to import a
     * role and to restore an earlier version. Skills are looked up in the catalogue by name.
     */
    public void revise(RoleContent content, Function<String, Skill> catalogue) {
        setName(content.name());
        setFamily(content.family());
        setSummary(content.summary());
        setOnetSocCode(content.onetSocCode());
        setIsco08Code(content.isco08Code());
        setPrimaryFocus(content.primaryFocus());
        setOverview(content.overview());
        setResponsibilities(content.responsibilities());
        skills.clear();
        for (RoleContent.SkillUse use : content.skills()) {
            useSkill(catalogue.apply(use.name()), use.emphasis());
        }
        setReportingLine(content.reportingLine());
        setEntryPoints(content.careerPath().entryPoints());
        setProgression(content.careerPath().progression());
        setSalaryFactors(content.salaryFactors());
        setOutlook(content.outlook());
        misconceptions.clear();
        content.misconceptions().stream()
                .map(m -> new Misconception(m.getMyth(), m.getReality()))
                .filter(m -> !m.isBlank())
                .forEach(misconceptions::add);
        setWhenToHire(content.whenToHire());
        faq.clear();
        content.faq().stream()
                .map(entry -> new FaqEntry(entry.getQuestion(), entry.getAnswer()))
                .filter(entry -> !entry.isBlank())
                .forEach(faq::add);
    }

    /** Everything that describes the role, detached from persistence: for versions, diffs and export. */
    public RoleContent content() {
        return new RoleContent(slug.value(), name, family, status, summary, onetSocCode, isco08Code,
                primaryFocus, overview, List.copyOf(responsibilities),
                skills.stream().map(use -> new RoleContent.SkillUse(use.getSkill().getName(), use.getEmphasis())).toList(),
                reportingLine, new RoleContent.CareerPath(List.copyOf(entryPoints), List.copyOf(progression)),
                List.copyOf(salaryFactors), outlook,
                misconceptions.stream().map(m -> new Misconception(m.getMyth(), m.getReality())).toList(),
                List.copyOf(whenToHire),
                faq.stream().map(entry -> new FaqEntry(entry.getQuestion(), entry.getAnswer())).toList());
    }

    /** Adds a skill from the catalogue, or changes its emphasis if the role already uses it. */
    public void useSkill(Skill skill, Emphasis emphasis) {
        Objects.requireNonNull(skill, "skill");
        for (RoleSkill use : skills) {
            if (use.getSkill().equals(skill)) {
                use.setEmphasis(emphasis);
                return;
            }
        }
        skills.add(new RoleSkill(skill, emphasis));
    }

    public void dropSkill(Skill skill) {
        skills.removeIf(use -> use.getSkill().equals(skill));
    }

    public void addMisconception() {
        misconceptions.add(new Misconception(null, null));
    }

    public void removeMisconception(int index) {
        misconceptions.remove(index);
    }

    public void addFaqEntry() {
        faq.add(new FaqEntry(null, null));
    }

    public void removeFaqEntry(int index) {
        faq.remove(index);
    }

    @AssertTrue(groups = Publishable.class, message = "{role.skills.mix}")
    public boolean isSkillMixComplete() {
        return skills.stream().anyMatch(use -> use.getSkill().isHard())
                && skills.stream().anyMatch(use -> !use.getSkill().isHard());
    }

    @AssertTrue(message = "{role.skills.unique}")
    public boolean isEachSkillListedOnce() {
        return skills.stream().map(RoleSkill::getSkill).allMatch(new HashSet<>()::add);
    }

    public boolean isPublished() {
        return status == ContentStatus.PUBLISHED;
    }

    /** A category of the catalogue with the role's skills in it. */
    public record SkillGroup(String category, List<RoleSkill> skills) implements Serializable {
    }

    /** The role's hard or soft skills by catalogue category, core skills first within each. */
    public List<SkillGroup> skillGroups(SkillKind kind) {
        Map<String, List<RoleSkill>> byCategory = new LinkedHashMap<>();
        skills.stream()
                .filter(use -> use.getSkill().getKind() == kind)
                .sorted((a, b) -> a.getEmphasis().compareTo(b.getEmphasis()))
                .forEach(use -> byCategory.computeIfAbsent(use.getSkill().getCategory(), c -> new ArrayList<>()).add(use));
        return byCategory.entrySet().stream().map(entry -> new SkillGroup(entry.getKey(), entry.getValue())).toList();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RoleSlug getSlug() {
        return slug;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.clean(name);
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = Text.clean(family);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = Text.clean(summary);
    }

    public String getOnetSocCode() {
        return onetSocCode;
    }

    public void setOnetSocCode(String onetSocCode) {
        this.onetSocCode = Text.clean(onetSocCode);
    }

    public String getIsco08Code() {
        return isco08Code;
    }

    public void setIsco08Code(String isco08Code) {
        this.isco08Code = Text.clean(isco08Code);
    }

    public String getPrimaryFocus() {
        return primaryFocus;
    }

    public void setPrimaryFocus(String primaryFocus) {
        this.primaryFocus = Text.clean(primaryFocus);
    }

    public String getOverview() {
        return overview;
    }

    public void setOverview(String overview) {
        this.overview = RichText.sanitize(overview);
    }

    public List<String> getResponsibilities() {
        return responsibilities;
    }

    public void setResponsibilities(List<String> responsibilities) {
        replace(this.responsibilities, Text.cleanItems(responsibilities));
    }

    public List<RoleSkill> getSkills() {
        return skills;
    }

    public String getReportingLine() {
        return reportingLine;
    }

    public void setReportingLine(String reportingLine) {
        this.reportingLine = Text.clean(reportingLine);
    }

    public List<String> getEntryPoints() {
        return entryPoints;
    }

    public void setEntryPoints(List<String> entryPoints) {
        replace(this.entryPoints, Text.cleanItems(entryPoints));
    }

    public List<String> getProgression() {
        return progression;
    }

    public void setProgression(List<String> progression) {
        replace(this.progression, Text.cleanItems(progression));
    }

    /** Where the role leads, step by step, each step its alternatives ({@link RoleContent.CareerPath#nextSteps}). */
    public List<List<String>> getNextSteps() {
        return new RoleContent.CareerPath(entryPoints, progression).nextSteps(name);
    }

    public List<String> getSalaryFactors() {
        return salaryFactors;
    }

    public void setSalaryFactors(List<String> salaryFactors) {
        replace(this.salaryFactors, Text.cleanItems(salaryFactors));
    }

    public String getOutlook() {
        return outlook;
    }

    public void setOutlook(String outlook) {
        this.outlook = Text.clean(outlook);
    }

    public List<Misconception> getMisconceptions() {
        return misconceptions;
    }

    public List<String> getWhenToHire() {
        return whenToHire;
    }

    public void setWhenToHire(List<String> whenToHire) {
        replace(this.whenToHire, Text.cleanItems(whenToHire));
    }

    public List<FaqEntry> getFaq() {
        return faq;
    }

    // Hibernate tracks the collection instance it loaded; replacing the contents keeps it.
    private static <T> void replace(List<T> target, List<T> items) {
        if (target != items) {
            target.clear();
            target.addAll(items);
        }
    }
}

package app.rolewise.hiring.description.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A job description drafted from a manager's assessment: its facts (title, organisation, where, salary),
 * its sections, and where it stands in HR's review. The review rules live here: a manager edits only a
 * draft or a description sent back; HR decides only on one in review; an approved description is locked
 * until the manager starts a new revision, which needs approval again.
 */
@Entity
@Table(name = "job_description")
@NamedQuery(name = JobDescription.BY_ID, query = "select d from JobDescription d where d.id = :id")
@NamedQuery(name = JobDescription.OF_ASSESSMENT, query = "select d from JobDescription d where d.assessmentId = :assessment")
@NamedQuery(name = JobDescription.OF_OWNER, query = "select d from JobDescription d where d.owner = :owner order by d.updatedAt desc, d.id desc")
@NamedQuery(name = JobDescription.COUNT_OF_OWNER, query = "select count(d) from JobDescription d where d.owner = :owner")
@NamedQuery(name = JobDescription.ALL, query = "select d from JobDescription d order by d.updatedAt desc, d.id desc")
@NamedQuery(name = JobDescription.COUNT_ALL, query = "select count(d) from JobDescription d")
@NamedQuery(name = JobDescription.IN_STATE, query = "select d from JobDescription d where d.state = :state order by d.updatedAt, d.id")
@NamedQuery(name = JobDescription.OF_OWNER_IN_STATE, query = "select d from JobDescription d where d.owner = :owner and d.state = :state order by d.updatedAt, d.id")
public class JobDescription implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_ID = "JobDescription.byId";
    public static final String OF_ASSESSMENT = "JobDescription.ofAssessment";
    public static final String OF_OWNER = "JobDescription.ofOwner";
    public static final String COUNT_OF_OWNER = "JobDescription.countOfOwner";
    public static final String ALL = "JobDescription.all";
    public static final String COUNT_ALL = "JobDescription.countAll";
    public static final String IN_STATE = "JobDescription.inState";
    public static final String OF_OWNER_IN_STATE = "JobDescription.ofOwnerInState";
    public static final int TITLE_MAX = 160;
    public static final int ORGANISATION_MAX = 120;
    public static final int CITY_MAX = 80;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "assessment_id", nullable = false, unique = true)
    private Long assessmentId;

    @Column(nullable = false, length = 120)
    private String owner;

    @Column(name = "role_slug", nullable = false, length = 80)
    private String roleSlug;

    @Column(name = "role_name", nullable = false, length = 120)
    private String roleName;

    @Column(name = "onet_soc_code", length = 10)
    private String onetSocCode;

    @Column(name = "isco08_code", length = 4)
    private String isco08Code;

    @NotBlank(message = "{description.title.required}")
    @Size(max = TITLE_MAX, message = "{description.title.size}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank(message = "{description.organisation.required}")
    @Size(max = ORGANISATION_MAX, message = "{description.organisation.size}")
    @Column(nullable = false, length = ORGANISATION_MAX)
    private String organisation;

    @NotNull(message = "{description.workplace.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Workplace workplace;

    @Size(max = CITY_MAX, message = "{description.city.size}")
    @Column(length = CITY_MAX)
    private String city;

    @NotBlank(message = "{description.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{description.country.format}")
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Positive(message = "{description.salary.positive}")
    @Max(value = SalaryRange.LIMIT, message = "{description.salary.max}")
    @Column(name = "salary_min")
    private Integer salaryMinimum;

    @Positive(message = "{description.salary.positive}")
    @Max(value = SalaryRange.LIMIT, message = "{description.salary.max}")
    @Column(name = "salary_max")
    private Integer salaryMaximum;

    @Pattern(regexp = "[A-Z]{3}", message = "{description.salary.currency}")
    @Column(name = "salary_currency", length = 3)
    private String salaryCurrency;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_description_section", joinColumns = @JoinColumn(name = "description_id"))
    @OrderColumn(name = "position")
    private List<Section> sections = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DescriptionState state;

    /** The number of the latest revision: every save of the text adds one. */
    @Column(nullable = false)
    private int revision;

    /** The revision HR approved last; null until the first approval. */
    @Column(name = "approved_revision")
    private Integer approvedRevision;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobDescription() {
        // for JPA
    }

    public JobDescription(long assessmentId, String owner, String roleSlug, String roleName, String onetSocCode,
                          String isco08Code, DescriptionContent content, Instant now) {
        this.assessmentId = assessmentId;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.roleSlug = Objects.requireNonNull(roleSlug, "roleSlug");
        this.roleName = Objects.requireNonNull(roleName, "roleName");
        this.onetSocCode = onetSocCode;
        this.isco08Code = isco08Code;
        this.state = DescriptionState.DRAFT;
        this.createdAt = now;
        apply(content, now);
    }

    public boolean isOwnedBy(String userName) {
        return owner.equals(userName);
    }

    /** Whether saving this content would change anything, compared the way a save stores it. */
    public boolean differsFrom(DescriptionContent edited) {
        return !normalised(edited).equals(content());
    }

    /** The content as a save stores it: trimmed, codes upper case, blanks as nothing. */
    public static DescriptionContent normalised(DescriptionContent content) {
        return new DescriptionContent(strip(content.title()), strip(content.organisation()), content.workplace(),
                blankToNull(content.city()), upper(content.countryCode()), content.salaryMinimum(), content.salaryMaximum(),
                upper(content.salaryCurrency()), content.sections());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String upper(String code) {
        return blankToNull(code) == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the facts the Location and Salary sections restate differ from the stored ones. */
    public boolean factsDifferFrom(DescriptionContent edited) {
        DescriptionContent next = normalised(edited);
        return next.workplace() != workplace || !java.util.Objects.equals(next.city(), city)
                || !java.util.Objects.equals(next.countryCode(), countryCode)
                || !java.util.Objects.equals(next.salaryMinimum(), salaryMinimum)
                || !java.util.Objects.equals(next.salaryMaximum(), salaryMaximum)
                || !java.util.Objects.equals(next.salaryCurrency(), salaryCurrency);
    }

    /** A new revision of the text; only a draft or a description sent back with changes can be edited. */
    public void revise(DescriptionContent content, Instant now) {
        if (!state.isEditable()) {
            throw new ReviewStepException(state, state == DescriptionState.APPROVED
                    ? "This description is approved and locked. Start a new revision to change it."
                    : "HR is reviewing this description. Withdraw it from review to change it.");
        }
        apply(content, now);
    }

    private void apply(DescriptionContent edited, Instant now) {
        DescriptionContent content = normalised(edited);
        title = content.title();
        organisation = content.organisation();
        workplace = content.workplace();
        city = content.city();
        countryCode = content.countryCode();
        salaryMinimum = content.salaryMinimum();
        salaryMaximum = content.salaryMaximum();
        salaryCurrency = content.salaryCurrency();
        sections.clear();
        Arrays.stream(SectionKind.values()).map(kind -> new Section(kind, content.section(kind))).forEach(sections::add);
        revision++;
        updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void submitForReview(Instant now) {
        if (!state.isEditable()) {
            throw new ReviewStepException(state, "Only a draft or a description with changes requested can be submitted.");
        }
        List<SectionKind> empty = missingSections();
        if (!empty.isEmpty()) {
            throw new ReviewStepException(state, "Fill in these sections before submitting: "
                    + empty.stream().map(SectionKind::heading).collect(Collectors.joining(", ")) + ".");
        }
        state = DescriptionState.IN_REVIEW;
        updatedAt = now;
    }

    /** The sections a candidate cannot do without; the others may stay empty and are then left out. */
    public List<SectionKind> missingSections() {
        return List.of(SectionKind.SUMMARY, SectionKind.RESPONSIBILITIES, SectionKind.MUST_HAVE, SectionKind.EQUAL_OPPORTUNITY)
                .stream().filter(kind -> section(kind).isEmpty()).toList();
    }

    public void withdraw(Instant now) {
        requireInReview("withdrawn");
        state = DescriptionState.DRAFT;
        updatedAt = now;
    }

    public void requestChanges(Instant now) {
        requireInReview("sent back");
        state = DescriptionState.CHANGES_REQUESTED;
        updatedAt = now;
    }

    public void approve(Instant now) {
        requireInReview("approved");
        state = DescriptionState.APPROVED;
        approvedRevision = revision;
        approvedOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
        updatedAt = now;
    }

    /** Unlocks an approved description for changes; what is approved stays on record in the history. */
    public void reopen(Instant now) {
        if (state != DescriptionState.APPROVED) {
            throw new ReviewStepException(state, "Only an approved description needs a new revision to be changed.");
        }
        state = DescriptionState.DRAFT;
        updatedAt = now;
    }

    private void requireInReview(String what) {
        if (state != DescriptionState.IN_REVIEW) {
            throw new ReviewStepException(state, "Only a description in review can be " + what + ".");
        }
    }

    @AssertTrue(message = "{description.salary.complete}")
    public boolean isSalaryComplete() {
        boolean none = salaryMinimum == null && salaryMaximum == null && salaryCurrency == null;
        boolean all = salaryMinimum != null && salaryMaximum != null && salaryCurrency != null;
        return none || all;
    }

    @AssertTrue(message = "{description.salary.order}")
    public boolean isSalaryInOrder() {
        return salaryMinimum == null || salaryMaximum == null || salaryMinimum <= salaryMaximum;
    }

    @AssertTrue(message = "{description.salary.currency}")
    public boolean isSalaryCurrencyKnown() {
        return salaryCurrency == null || Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(salaryCurrency));
    }

    @AssertTrue(message = "{description.country.format}")
    public boolean isCountryKnown() {
        return countryCode == null || COUNTRIES.contains(countryCode);
    }

    @AssertTrue(message = "{description.city.required}")
    public boolean isCityGivenUnlessRemote() {
        return workplace == Workplace.REMOTE || city != null;
    }

    public Optional<SalaryRange> salary() {
        return isSalaryComplete() && salaryMinimum != null
                ? Optional.of(new SalaryRange(salaryMinimum, salaryMaximum, salaryCurrency))
                : Optional.empty();
    }

    public String section(SectionKind kind) {
        return sections.stream().filter(section -> section.getKind() == kind).map(Section::getBody).findFirst().orElse("");
    }

    public DescriptionContent content() {
        Map<SectionKind, String> bodies = new EnumMap<>(SectionKind.class);
        sections.forEach(section -> bodies.put(section.getKind(), section.getBody()));
        return new DescriptionContent(title, organisation, workplace, city, countryCode, salaryMinimum, salaryMaximum,
                salaryCurrency, bodies);
    }

    /** The description as it is exported; dated by its approval, or by today while it is not approved. */
    public Posting posting(LocalDate today) {
        return new Posting(title, organisation, workplace, workplace == Workplace.REMOTE ? null : city, countryCode,
                salary().orElse(null), approvedOn == null ? today : approvedOn, onetSocCode, isco08Code,
                sections.stream().map(Section::toPosting).toList());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getOwner() {
        return owner;
    }

    public String getRoleSlug() {
        return roleSlug;
    }

    public String getRoleName() {
        return roleName;
    }

    public String getOnetSocCode() {
        return onetSocCode;
    }

    public String getIsco08Code() {
        return isco08Code;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Workplace getWorkplace() {
        return workplace;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public List<Section> getSections() {
        return List.copyOf(sections);
    }

    public DescriptionState getState() {
        return state;
    }

    public int getRevision() {
        return revision;
    }

    public Integer getApprovedRevision() {
        return approvedRevision;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

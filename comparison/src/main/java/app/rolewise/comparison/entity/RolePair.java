package app.rolewise.comparison.entity;

import app.rolewise.library.entity.ContentStatus;
import app.rolewise.library.entity.FaqEntry;
import app.rolewise.library.entity.Misconception;
import app.rolewise.library.entity.Publishable;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.Text;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What admins write about two roles that hiring teams often confuse: a one-line verdict, where the roles
 * overlap, myths and what is true instead, which one an organization or a person needs, and an FAQ.
 * Same lifecycle as a role: draft, published, archived.
 */
@Entity
@Cacheable
@Table(name = "role_pair")
@NamedQuery(name = RolePair.FIND_BY_KEY, query = "select p from RolePair p where p.pairKey = :key",
        hints = @QueryHint(name = "org.hibernate.cacheable", value = "true"))
@NamedQuery(name = RolePair.FIND_BY_STATUS,
        query = "select p from RolePair p join fetch p.first join fetch p.second where p.status = :status order by p.pairKey")
@NamedQuery(name = RolePair.FIND_ALL,
        query = "select p from RolePair p join fetch p.first join fetch p.second order by p.pairKey")
@NamedQuery(name = RolePair.COUNT, query = "select count(p) from RolePair p")
public class RolePair implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_KEY = "RolePair.findByKey";
    public static final String FIND_BY_STATUS = "RolePair.findByStatus";
    public static final String FIND_ALL = "RolePair.findAll";
    public static final String COUNT = "RolePair.count";

    public static final int VERDICT_MAX = 300;
    public static final int OVERLAP_MAX = 2000;
    public static final int ITEM_MAX = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "pair_key", nullable = false, unique = true, length = 170)
    private String pairKey;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "first_role_id", nullable = false)
    private Role first;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "second_role_id", nullable = false)
    private Role second;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContentStatus status;

    @NotBlank(groups = Publishable.class, message = "{pair.verdict.required}")
    @Size(max = VERDICT_MAX, message = "{pair.verdict.size}")
    @Column(length = VERDICT_MAX)
    private String verdict;

    @NotBlank(groups = Publishable.class, message = "{pair.overlap.required}")
    @Size(max = OVERLAP_MAX, message = "{pair.overlap.size}")
    @Column(length = OVERLAP_MAX)
    private String overlap;

    @Size(min = 1, groups = Publishable.class, message = "{pair.sharedTasks.required}")
    @Size(max = 10, message = "{pair.list.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "pair_shared_task", joinColumns = @JoinColumn(name = "pair_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = ITEM_MAX)
    private List<@NotBlank @Size(max = ITEM_MAX, message = "{pair.item.size}") String> sharedTasks = new ArrayList<>();

    @Size(min = 1, groups = Publishable.class, message = "{pair.myths.required}")
    @Size(max = 10, message = "{pair.list.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "pair_myth", joinColumns = @JoinColumn(name = "pair_id"))
    @OrderColumn(name = "position")
    private List<@Valid Misconception> myths = new ArrayList<>();

    @Size(min = 1, groups = Publishable.class, message = "{pair.forOrganizations.required}")
    @Size(max = 10, message = "{pair.list.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "pair_org_guidance", joinColumns = @JoinColumn(name = "pair_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = ITEM_MAX)
    private List<@NotBlank @Size(max = ITEM_MAX, message = "{pair.item.size}") String> forOrganizations = new ArrayList<>();

    @Size(min = 1, groups = Publishable.class, message = "{pair.forIndividuals.required}")
    @Size(max = 10, message = "{pair.list.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "pair_person_guidance", joinColumns = @JoinColumn(name = "pair_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = ITEM_MAX)
    private List<@NotBlank @Size(max = ITEM_MAX, message = "{pair.item.size}") String> forIndividuals = new ArrayList<>();

    @Size(min = 1, groups = Publishable.class, message = "{pair.faq.required}")
    @Size(max = 15, message = "{pair.list.size}")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection
    @CollectionTable(name = "pair_faq", joinColumns = @JoinColumn(name = "pair_id"))
    @OrderColumn(name = "position")
    private List<@Valid FaqEntry> faq = new ArrayList<>();

    protected RolePair() {
        // for JPA
    }

    /**
     * A new pair is a draft about two different roles; which is "first" is fixed by their URL names.
     *
     * @throws SameRoleTwiceException if both are the same role
     */
    public RolePair(Role one, Role other) {
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(other, "other");
        if (one.getSlug().equals(other.getSlug())) {
            throw new SameRoleTwiceException(one.getName());
        }
        List<Role> ordered = Stream.of(one, other).sorted(Comparator.comparing(role -> role.getSlug().value())).toList();
        this.first = ordered.get(0);
        this.second = ordered.get(1);
        this.pairKey = keyOf(first.getSlug().value(), second.getSlug().value());
        this.status = ContentStatus.DRAFT;
    }

    /** The key of two roles whatever their order, e.g. {@code data-engineer+machine-learning-engineer}. */
    public static String keyOf(String oneSlug, String otherSlug) {
        return oneSlug.compareTo(otherSlug) < 0 ? oneSlug + "+" + otherSlug : otherSlug + "+" + oneSlug;
    }

    public void publish() {
        status = status.publish(pairKey);
    }

    public void archive() {
        status = status.archive(pairKey);
    }

    /** Takes over every part of the given content (not the roles, not the status). */
    public void revise(PairContent content) {
        setVerdict(content.verdict());
        setOverlap(content.overlap());
        setSharedTasks(content.sharedTasks());
        myths.clear();
        content.myths().stream().map(m -> new Misconception(m.getMyth(), m.getReality()))
                .filter(m -> !m.isBlank()).forEach(myths::add);
        setForOrganizations(content.forOrganizations());
        setForIndividuals(content.forIndividuals());
        faq.clear();
        content.faq().stream().map(entry -> new FaqEntry(entry.getQuestion(), entry.getAnswer()))
                .filter(entry -> !entry.isBlank()).forEach(faq::add);
    }

    public PairContent content() {
        return new PairContent(List.of(first.getSlug().value(), second.getSlug().value()), status, verdict, overlap,
                List.copyOf(sharedTasks), myths.stream().map(m -> new Misconception(m.getMyth(), m.getReality())).toList(),
                List.copyOf(forOrganizations), List.copyOf(forIndividuals),
                faq.stream().map(entry -> new FaqEntry(entry.getQuestion(), entry.getAnswer())).toList());
    }

    public boolean isPublished() {
        return status == ContentStatus.PUBLISHED;
    }

    public void addMyth() {
        myths.add(new Misconception(null, null));
    }

    public void removeMyth(int index) {
        myths.remove(index);
    }

    public void addFaqEntry() {
        faq.add(new FaqEntry(null, null));
    }

    public void removeFaqEntry(int index) {
        faq.remove(index);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getPairKey() {
        return pairKey;
    }

    public Role getFirst() {
        return first;
    }

    public Role getSecond() {
        return second;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = Text.clean(verdict);
    }

    public String getOverlap() {
        return overlap;
    }

    public void setOverlap(String overlap) {
        this.overlap = Text.clean(overlap);
    }

    public List<String> getSharedTasks() {
        return sharedTasks;
    }

    public void setSharedTasks(List<String> items) {
        replace(sharedTasks, items);
    }

    public List<Misconception> getMyths() {
        return myths;
    }

    public List<String> getForOrganizations() {
        return forOrganizations;
    }

    public void setForOrganizations(List<String> items) {
        replace(forOrganizations, items);
    }

    public List<String> getForIndividuals() {
        return forIndividuals;
    }

    public void setForIndividuals(List<String> items) {
        replace(forIndividuals, items);
    }

    public List<FaqEntry> getFaq() {
        return faq;
    }

    private static void replace(List<String> target, List<String> items) {
        List<String> cleaned = Text.cleanItems(items);
        target.clear();
        target.addAll(cleaned);
    }
}

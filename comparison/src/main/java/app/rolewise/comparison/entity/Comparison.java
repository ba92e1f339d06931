package app.rolewise.comparison.entity;

import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSkill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Two to four roles side by side: the table of aspects, the skills they share and the ones only one of
 * them needs, how similar their skill sets are (Jaccard index, overall and per skill category) and how
 * much each leans on each category. Computed once from the roles; plain Java, no container needed.
 */
public final class Comparison {

    public static final int MIN_ROLES = 2;
    public static final int MAX_ROLES = 4;
    private static final int CORE_WEIGHT = 2;
    private static final int HELPFUL_WEIGHT = 1;

    private final List<Role> roles;
    private final List<Row> rows;
    private final List<String> sharedSkills;
    private final Map<String, List<String>> distinctSkills;
    private final double similarity;
    private final List<CategorySimilarity> similarityByCategory;
    private final Map<String, Map<String, Integer>> emphasisByCategory;

    /** One aspect across the roles: a cell per role, and whether the roles differ on it. */
    public record Row(Aspect aspect, List<List<String>> cells, boolean differs) {
    }

    /** How alike the roles' skills are within one catalogue category (1 = the same skills). */
    public record CategorySimilarity(String category, double jaccard, List<String> shared) {
        public int percent() {
            return (int) Math.round(jaccard * 100);
        }
    }

    private Comparison(List<Role> roles) {
        this.roles = List.copyOf(roles);
        this.rows = buildRows();
        List<Set<String>> skillSets = this.roles.stream().map(Comparison::skillNames).toList();
        this.sharedSkills = List.copyOf(new TreeSet<>(intersection(skillSets)));
        this.distinctSkills = distinct(skillSets);
        this.similarity = jaccard(skillSets);
        this.similarityByCategory = byCategory();
        this.emphasisByCategory = emphasis();
    }

    /**
     * Compares the given roles, in the given order.
     *
     * @throws IllegalArgumentException for fewer than 2, more than 4, or the same role twice
     */
    public static Comparison of(List<Role> roles) {
        if (roles == null || roles.size() < MIN_ROLES || roles.size() > MAX_ROLES) {
            throw new IllegalArgumentException("A comparison takes 2 to 4 roles, not " + (roles == null ? 0 : roles.size()));
        }
        if (roles.stream().map(Role::getSlug).distinct().count() != roles.size()) {
            throw new IllegalArgumentException("A comparison takes each role once");
        }
        return new Comparison(roles);
    }

    private List<Row> buildRows() {
        List<Row> built = new ArrayList<>();
        for (Aspect aspect : Aspect.values()) {
            List<List<String>> cells = roles.stream().map(aspect::itemsOf).toList();
            boolean differs = cells.stream().map(HashSet::new).distinct().count() > 1;
            built.add(new Row(aspect, cells, differs));
        }
        return List.copyOf(built);
    }

    private static Set<String> skillNames(Role role) {
        return role.getSkills().stream().map(use -> use.getSkill().getName()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> intersection(List<Set<String>> sets) {
        Set<String> common = new LinkedHashSet<>(sets.get(0));
        sets.forEach(common::retainAll);
        return common;
    }

    private static Set<String> union(Collection<Set<String>> sets) {
        Set<String> all = new LinkedHashSet<>();
        sets.forEach(all::addAll);
        return all;
    }

    /** |A ∩ B ∩ …| / |A ∪ B ∪ …|; two roles without any skills are not alike (0). */
    static double jaccard(List<Set<String>> sets) {
        Set<String> all = union(sets);
        return all.isEmpty() ? 0 : (double) intersection(sets).size() / all.size();
    }

    private Map<String, List<String>> distinct(List<Set<String>> skillSets) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            Set<String> others = new HashSet<>();
            for (int j = 0; j < roles.size(); j++) {
                if (j != i) {
                    others.addAll(skillSets.get(j));
                }
            }
            List<String> only = skillSets.get(i).stream().filter(skill -> !others.contains(skill)).sorted().toList();
            result.put(roles.get(i).getSlug().value(), only);
        }
        return result;
    }

    private List<CategorySimilarity> byCategory() {
        Set<String> categories = new TreeSet<>();
        roles.forEach(role -> role.getSkills().forEach(use -> categories.add(use.getSkill().getCategory())));
        List<CategorySimilarity> result = new ArrayList<>();
        for (String category : categories) {
            List<Set<String>> inCategory = roles.stream()
                    .map(role -> role.getSkills().stream()
                            .filter(use -> use.getSkill().getCategory().equals(category))
                            .map(use -> use.getSkill().getName())
                            .collect(Collectors.toCollection(LinkedHashSet::new)))
                    .map(set -> (Set<String>) set)
                    .toList();
            result.add(new CategorySimilarity(category, jaccard(inCategory), List.copyOf(new TreeSet<>(intersection(inCategory)))));
        }
        return List.copyOf(result);
    }

    /** Per role, per category: how much it relies on that category (core skills count double). */
    private Map<String, Map<String, Integer>> emphasis() {
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        Set<String> categories = new TreeSet<>();
        roles.forEach(role -> role.getSkills().forEach(use -> categories.add(use.getSkill().getCategory())));
        for (Role role : roles) {
            Map<String, Integer> weights = new LinkedHashMap<>();
            categories.forEach(category -> weights.put(category, 0));
            for (RoleSkill use : role.getSkills()) {
                weights.merge(use.getSkill().getCategory(), use.getEmphasis() == Emphasis.CORE ? CORE_WEIGHT : HELPFUL_WEIGHT, Integer::sum);
            }
            result.put(role.getSlug().value(), weights);
        }
        return result;
    }

    public List<Role> roles() {
        return roles;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> sharedSkills() {
        return sharedSkills;
    }

    /** The skills none of the other compared roles lists. */
    public List<String> distinctSkillsOf(Role role) {
        return distinctSkills.getOrDefault(role.getSlug().value(), List.of());
    }

    public boolean isShared(String skill) {
        return sharedSkills.contains(skill);
    }

    /** Jaccard index of the roles' skill sets, from 0 (nothing shared) to 1 (the same skills). */
    public double similarity() {
        return similarity;
    }

    public int similarityPercent() {
        return (int) Math.round(similarity * 100);
    }

    public List<CategorySimilarity> similarityByCategory() {
        return similarityByCategory;
    }

    /** Categories in a fixed order, and per role (by slug) the weight it puts on each. */
    public Map<String, Map<String, Integer>> emphasisByCategory() {
        return emphasisByCategory;
    }

    public List<String> categories() {
        return emphasisByCategory.values().stream().findFirst().map(weights -> List.copyOf(weights.keySet())).orElse(List.of());
    }

    /**
     * What everything shown of this comparison is made from, as one string: each role in its order at its version,
     * and the version of each skill it lists (skills are filed apart from roles, so re-filing one changes no role).
     * Any save, publication or archiving changes a version, so markup kept under this key is never stale.
     */
    public String contentKey() {
        String compared = roles.stream().map(role -> role.getSlug().value() + "@" + role.getVersion()).collect(Collectors.joining(","));
        String skills = roles.stream().flatMap(role -> role.getSkills().stream()).map(RoleSkill::getSkill)
                .map(skill -> skill.getId() + "@" + skill.getVersion()).distinct().sorted().collect(Collectors.joining(","));
        return compared + ";" + skills;
    }

    /** The key of this set of roles whatever their order, e.g. {@code data-engineer+machine-learning-engineer}. */
    public String key() {
        return roles.stream().map(role -> role.getSlug().value()).sorted().collect(Collectors.joining("+"));
    }
}

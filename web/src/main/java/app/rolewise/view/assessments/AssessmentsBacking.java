package app.rolewise.view.assessments;

import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.view.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Backs "My assessments" ({@code /assessments/index.xhtml}): a page at a time, newest first, and starting
 * a new one.
 */
@Named
@ViewScoped
public class AssessmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assessments assessments;

    @Inject
    transient RoleLibrary roleLibrary;

    private String title;
    private String focus;
    private List<String> focusRoles = List.of();
    private String focusText;
    private LazyDataModel<Assessment> list;

    @PostConstruct
    void init() {
        list = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) assessments.countVisible();
            }

            @Override
            public List<Assessment> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return assessments.visible(first, pageSize);
            }

            @Override
            public String getRowKey(Assessment assessment) {
                return String.valueOf(assessment.getId());
            }
        };
    }

    /**
     * Coming from "Which one do we need?" on the compare page, the compared roles ({@code ?focus=a,b}) are
     * kept with the new assessment and name it, until the manager gives it another name.
     */
    public void prepare() {
        if (focus == null || focus.isBlank()) {
            return;
        }
        List<String> asked = Arrays.stream(focus.split(",")).map(String::strip).filter(slug -> !slug.isEmpty()).toList();
        List<Role> published = roleLibrary.publishedRoles();
        focusRoles = asked.stream().filter(slug -> published.stream().anyMatch(role -> role.getSlug().value().equals(slug)))
                .distinct().limit(Assessment.FOCUS_MAX).toList();
        List<String> focusNames = focusRoles.stream().map(slug -> published.stream().filter(role -> role.getSlug().value().equals(slug))
                .findFirst().map(Role::getName).orElse(slug)).toList();
        focusText = focusNames.isEmpty() ? null : String.join(", ", focusNames);
        if (focusNames.size() >= 2 && (title == null || title.isBlank())) {
            title = String.join(" or ", focusNames) + "?";
        }
    }

    public String start() {
        try {
            Assessment started = assessments.start(title, focusRoles);
            return "/assessments/assessment?faces-redirect=true&id=" + started.getId();
        } catch (InvalidContentException invalid) {
            invalid.problems().forEach(problem -> Feedback.warnAtText("start:title", problem));
            return null;
        }
    }

    public LazyDataModel<Assessment> getList() {
        return list;
    }

    public String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }

    public String getFocusText() {
        return focusText;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}

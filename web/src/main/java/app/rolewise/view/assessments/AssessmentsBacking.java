package app.rolewise.view.assessments;

import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.view.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
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

    private String title;
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

    public String start() {
        try {
            Assessment started = assessments.start(title);
            return "/assessments/assessment?faces-redirect=true&id=" + started.getId();
        } catch (InvalidContentException invalid) {
            invalid.problems().forEach(problem -> Feedback.warnAtText("start:title", problem));
            return null;
        }
    }

    public LazyDataModel<Assessment> getList() {
        return list;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}

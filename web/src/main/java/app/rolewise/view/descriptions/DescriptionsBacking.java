package app.rolewise.view.descriptions;

import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.JobDescription;
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

/** The job descriptions list: a manager's own, or all of them for HR, a page at a time. */
@Named
@ViewScoped
public class DescriptionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobDescriptions descriptions;

    private LazyDataModel<JobDescription> list;

    @PostConstruct
    void init() {
        list = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) descriptions.countVisible();
            }

            @Override
            public List<JobDescription> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return descriptions.visible(first, pageSize);
            }

            @Override
            public String getRowKey(JobDescription description) {
                return String.valueOf(description.getId());
            }
        };
    }

    public LazyDataModel<JobDescription> getList() {
        return list;
    }
}

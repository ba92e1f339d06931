package app.rolewise.view.descriptions;

import app.rolewise.hiring.description.boundary.DescriptionSearch;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.DescriptionState;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.security.CurrentUser;
import app.rolewise.view.ListFilter;
import app.rolewise.view.ListSort;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job descriptions list: a manager's own, or all of them for HR, a page at a time, searched, filtered and sorted
 * by what the address asks for ({@code ?q=…&state=…&manager=…&waiting=7&sort=…}); HR's review queue is
 * {@code ?waiting=N}, the descriptions in review submitted more than N days ago.
 */
@Named
@ViewScoped
public class DescriptionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobDescriptions descriptions;

    // used only on GET, by a new view's bean: no need to survive the view's serialisation
    @Inject
    transient Validator validator;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String state;
    private String manager;
    private String waiting;
    private String sort;
    private DescriptionSearch search = DescriptionSearch.newestFirst();
    private ListSort sorted = ListSort.NEWEST;
    private List<String> managers = List.of();
    private boolean filtered;
    private LazyDataModel<JobDescription> list;

    @PostConstruct
    void init() {
        list = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) descriptions.countVisible(search);
            }

            @Override
            public List<JobDescription> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return descriptions.visible(search, first, pageSize);
            }

            @Override
            public String getRowKey(JobDescription description) {
                return String.valueOf(description.getId());
            }
        };
    }

    /** Runs on GET: the list the address asks for. */
    public void prepare() {
        sorted = ListFilter.sort(sort);
        DescriptionSearch asked = new DescriptionSearch(q, ListFilter.value(DescriptionState.class, state, "list.unknownState"),
                currentUser.isHr() ? manager : null, ListFilter.days(waiting), sorted.order(DescriptionSearch.Order.class), sorted.isDescending());
        Set<String> broken = ListFilter.broken(validator, asked);
        search = new DescriptionSearch(broken.contains("text") ? null : asked.text(), asked.state(),
                broken.contains("manager") ? null : asked.manager(), broken.contains("waitingDays") ? null : asked.waitingDays(),
                asked.order(), asked.descending());
        filtered = search.text() != null && !search.text().isBlank() || search.state() != null
                || search.manager() != null && !search.manager().isBlank() || search.waitingDays() != null;
        if (currentUser.isHr()) {
            managers = descriptions.managers();
        }
    }

    public LazyDataModel<JobDescription> getList() {
        return list;
    }

    /** Whether the list shows less than everything: then an empty list says that nothing matches, not that there is nothing. */
    public boolean isFiltered() {
        return filtered;
    }

    public DescriptionSearch getSearch() {
        return search;
    }

    public ListSort getSorted() {
        return sorted;
    }

    public ListSort[] getSorts() {
        return ListSort.values();
    }

    public DescriptionState[] getStates() {
        return DescriptionState.values();
    }

    public List<String> getManagers() {
        return managers;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public String getWaiting() {
        return waiting;
    }

    public void setWaiting(String waiting) {
        this.waiting = waiting;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}

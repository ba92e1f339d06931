package app.rolewise.view.descriptions;

import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.LanguageCheck;
import app.rolewise.hiring.description.entity.LanguageReview;
import app.rolewise.hiring.description.entity.Readability;
import app.rolewise.hiring.description.entity.WordingAdvice;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The language check beside the job description editor: the gender-coded words, the readability and the
 * wording a recruiter would change, of the text on screen, saved or not. Worked out for each answer that shows it, those to every input (typing, pasting,
 * dropping, cutting) included, so the advice is there while the sentence is still being written.
 */
@Named
@RequestScoped
public class LanguageCheckBacking {

    @Inject
    JobDescriptions descriptions;

    @Inject
    DescriptionBacking page;

    private LanguageCheck check;

    @PostConstruct
    void checkTheText() {
        check = descriptions.checkLanguage(page.getTitle(), page.getSections());
    }

    public LanguageReview getReview() {
        return check.review();
    }

    public Readability getReadability() {
        return check.readability();
    }

    public List<WordingAdvice> getWording() {
        return check.wording();
    }
}

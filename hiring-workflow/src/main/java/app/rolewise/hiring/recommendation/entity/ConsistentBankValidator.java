package app.rolewise.hiring.recommendation.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks {@link ConsistentBank}; the messages name the code or role at fault.
 */
public class ConsistentBankValidator implements ConstraintValidator<ConsistentBank, BankDraft> {

    @Override
    public boolean isValid(BankDraft bank, ConstraintValidatorContext context) {
        if (bank == null) {
            return true;
        }
        HibernateConstraintValidatorContext messages = context.unwrap(HibernateConstraintValidatorContext.class);
        messages.disableDefaultConstraintViolation();
        boolean valid = true;
        Set<String> questionCodes = new HashSet<>();
        for (QuestionDraft question : bank.getQuestions()) {
            if (question == null) {
                continue;
            }
            if (question.getCode() != null && !questionCodes.add(question.getCode().strip())) {
                valid = false;
                messages.addMessageParameter("code", question.getCode().strip())
                        .buildConstraintViolationWithTemplate("{questionBank.question.code.duplicate}")
                        .addConstraintViolation();
            }
            Set<String> answerCodes = new HashSet<>();
            for (AnswerDraft answer : question.getAnswers()) {
                if (answer == null) {
                    continue;
                }
                if (answer.getCode() != null && !answerCodes.add(answer.getCode().strip())) {
                    valid = false;
                    messages.addMessageParameter("question", String.valueOf(question.getCode()))
                            .addMessageParameter("code", answer.getCode().strip())
                            .buildConstraintViolationWithTemplate("{questionBank.answer.code.duplicate}")
                            .addConstraintViolation();
                }
                valid &= effectsOnKnownNeeds(bank, question, answer, messages);
            }
        }
        for (CoverageDraft role : bank.getCoverage()) {
            if (role != null) {
                valid &= coverageOfKnownNeeds(bank, role, messages);
            }
        }
        return valid;
    }

    private static boolean coverageOfKnownNeeds(BankDraft bank, CoverageDraft role, HibernateConstraintValidatorContext messages) {
        boolean valid = true;
        for (Map.Entry<String, Integer> level : role.getCovers().entrySet()) {
            if (level.getValue() != null && level.getValue() != 0 && !bank.knowsNeed(level.getKey())) {
                valid = false;
                messages.addMessageParameter("role", role.getRole()).addMessageParameter("need", level.getKey())
                        .buildConstraintViolationWithTemplate("{questionBank.coverage.unknownNeed}").addConstraintViolation();
            }
        }
        Set<String> required = new HashSet<>();
        for (PrerequisiteDraft prerequisite : role.getRequires()) {
            String need = prerequisite == null || prerequisite.getNeed() == null ? null : prerequisite.getNeed().strip();
            if (need == null || need.isEmpty()) {
                continue;
            }
            if (!bank.knowsNeed(need) || !required.add(need)) {
                valid = false;
                messages.addMessageParameter("role", role.getRole()).addMessageParameter("need", need)
                        .buildConstraintViolationWithTemplate("{questionBank.prerequisite.unknownOrTwice}").addConstraintViolation();
            }
        }
        return valid;
    }

    private static boolean effectsOnKnownNeeds(BankDraft bank, QuestionDraft question, AnswerDraft answer,
                                               HibernateConstraintValidatorContext messages) {
        boolean valid = true;
        for (Map.Entry<String, Integer> effect : answer.getNeeds().entrySet()) {
            if (effect.getValue() != null && effect.getValue() != 0 && !bank.knowsNeed(effect.getKey())) {
                valid = false;
                messages.addMessageParameter("question", String.valueOf(question.getCode()))
                        .addMessageParameter("answer", String.valueOf(answer.getCode()))
                        .addMessageParameter("need", effect.getKey())
                        .buildConstraintViolationWithTemplate("{questionBank.effect.unknownNeed}")
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}

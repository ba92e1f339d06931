package app.rolewise.hiring.recommendation.control;

import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.hiring.recommendation.entity.Question;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The question bank as JSON, its decision model and its questions: the one that ships with Rolewise
 * ({@code hiring/question-bank.json}) is the starting content admins maintain from; every saved version is
 * kept in the same format.
 */
public final class QuestionBankJson {

    public static final String SEED = "hiring/question-bank.json";

    private QuestionBankJson() {
    }

    /** A saved version or the shipped bank; a bank from before the decision model is a list of questions. */
    public static BankContent read(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            if (json.stripLeading().startsWith("[")) {
                return new BankContent(null, List.of(jsonb.fromJson(json, Question[].class)));
            }
            return jsonb.fromJson(json, BankContent.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("The question bank is not valid JSON: " + e.getMessage(), e);
        }
    }

    public static String write(BankContent content) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return jsonb.toJson(content);
        } catch (Exception e) {
            throw new IllegalStateException("The question bank cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    public static BankContent seed() {
        try (InputStream in = QuestionBankJson.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("The question bank " + SEED + " is missing from the build");
            }
            return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

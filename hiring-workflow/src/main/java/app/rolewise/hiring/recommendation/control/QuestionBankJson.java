package app.rolewise.hiring.recommendation.control;

import app.rolewise.hiring.recommendation.entity.Question;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The question bank as JSON: the one that ships with Rolewise ({@code hiring/question-bank.json}) is the
 * starting content admins maintain from; every saved version is kept in the same format.
 */
public final class QuestionBankJson {

    public static final String SEED = "hiring/question-bank.json";

    private QuestionBankJson() {
    }

    public static List<Question> read(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return List.of(jsonb.fromJson(json, Question[].class));
        } catch (Exception e) {
            throw new IllegalArgumentException("The question bank is not valid JSON: " + e.getMessage(), e);
        }
    }

    public static String write(List<Question> questions) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return jsonb.toJson(questions.toArray(Question[]::new));
        } catch (Exception e) {
            throw new IllegalStateException("The question bank cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    public static List<Question> seed() {
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

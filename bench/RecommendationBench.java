import app.rolewise.hiring.recommendation.control.QuestionBankJson;
import app.rolewise.hiring.recommendation.entity.Answer;
import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.hiring.recommendation.entity.DecisionModel;
import app.rolewise.hiring.recommendation.entity.Need;
import app.rolewise.hiring.recommendation.entity.Prerequisite;
import app.rolewise.hiring.recommendation.entity.Question;
import app.rolewise.hiring.recommendation.entity.Recommendation;
import app.rolewise.hiring.recommendation.entity.RoleCoverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times one recommendation (ranking, sequencing and counterfactuals, as the assessment page asks for it) on
 * the shipped bank and on a generated one of ROLES roles and QUESTIONS questions, in the same run. Run by
 * bench/recommendation.sh; prints a Markdown table.
 */
public class RecommendationBench {

    public static void main(String[] args) {
        int roles = Integer.parseInt(args[0]);
        int questions = Integer.parseInt(args[1]);
        int samples = Integer.parseInt(args[2]);
        BankContent shipped = QuestionBankJson.seed();
        BankContent generated = generated(shipped.model().needs(), roles, questions, new Random(42));

        double[] small = time(shipped, samples, new Random(7));
        double[] large = time(generated, samples, new Random(7));
        System.out.println("| bank | roles | questions | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        row("shipped", shipped.model().roles().size(), shipped.questions().size(), small);
        row("generated", roles, questions, large);
        System.out.printf("%nratio of p95, generated to shipped: %.1f%n", percentile(large, 95) / percentile(small, 95));
    }

    private static void row(String name, int roles, int questions, double[] millis) {
        System.out.printf("| %s | %d | %d | %.3f | %.3f | %.3f | %.3f |%n", name, roles, questions,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1]);
    }

    /** Random answer sets, all questions answered; a warm-up of the same size first, not counted. */
    private static double[] time(BankContent bank, int samples, Random random) {
        List<String> roles = new ArrayList<>(bank.model().roles().keySet());
        for (int warmUp = 0; warmUp < samples; warmUp++) {
            Recommendation.of(bank.model(), bank.questions(), answers(bank, random), roles);
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            Map<String, String> answers = answers(bank, random);
            long start = System.nanoTime();
            Recommendation.of(bank.model(), bank.questions(), answers, roles).counterfactuals();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static Map<String, String> answers(BankContent bank, Random random) {
        Map<String, String> answers = new HashMap<>();
        for (Question question : bank.questions()) {
            answers.put(question.code(), question.answers().get(random.nextInt(question.answers().size())).code());
        }
        return answers;
    }

    /** Roles covering two or three of the shipped needs, half with a prerequisite; four answers per question. */
    private static BankContent generated(List<Need> needs, int roleCount, int questionCount, Random random) {
        Map<String, RoleCoverage> roles = new LinkedHashMap<>();
        for (int r = 0; r < roleCount; r++) {
            Map<String, Integer> covers = new HashMap<>();
            covers.put(needs.get(random.nextInt(needs.size())).code(), 3);
            for (int extra = random.nextInt(2) + 1; extra > 0; extra--) {
                covers.putIfAbsent(needs.get(random.nextInt(needs.size())).code(), 1 + random.nextInt(2));
            }
            List<Prerequisite> requires = random.nextBoolean()
                    ? List.of(new Prerequisite(needs.get(random.nextInt(needs.size())).code(), "Generated."))
                    : List.of();
            roles.put("bench-role-" + r, new RoleCoverage(covers, requires));
        }
        List<Question> questions = new ArrayList<>();
        for (int q = 0; q < questionCount; q++) {
            List<Answer> answers = new ArrayList<>();
            for (int a = 0; a < 4; a++) {
                Map<String, Integer> effects = new HashMap<>();
                for (int e = random.nextInt(3); e > 0; e--) {
                    effects.put(needs.get(random.nextInt(needs.size())).code(), random.nextInt(7) - 3);
                }
                effects.values().removeIf(points -> points == 0);
                answers.add(new Answer("a" + a, "Answer " + a, effects, "Because of answer " + a));
            }
            questions.add(new Question("q" + q, "Section " + (q / 5), "Question " + q + "?", answers));
        }
        return new BankContent(new DecisionModel(needs, roles), questions);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}

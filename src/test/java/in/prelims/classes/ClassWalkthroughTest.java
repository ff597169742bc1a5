package in.prelims.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import in.prelims.account.Account;
import in.prelims.generation.Question;
import in.prelims.quiz.QuizAttempt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A teacher makes a class and assigns a two-set paper; twelve students join, sit it with known answers
 * under UPSC marking (+2, −2/3) and submit; the teacher's figures equal those of an independent
 * implementation and a few worked by hand.
 */
@QuarkusTest
class ClassWalkthroughTest {

    /**
     * Student by student, item by item (items in the unshuffled paper's order): K the key, 1 or 2 the
     * first or second wrong option, - blank.
     */
    static final String[] ANSWERS = {
        "KKKK1", "KKKK1", "KKK-1", "KK1K1", "KKK11", "K-KKK", "K1-K2", "1K2-K", "-1K2K", "2-1K-", "12-1K", "-12-K"
    };

    static final double BEST = 2;
    static final double WORST = -2.0 / 3;

    @Inject
    PaperResults results;

    @Test
    void twelveStudentsSitTwoSetsAndTheTeacherSeesMoodlesFigures() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Person admin = Person.signUpOrLogIn("admin-test");
        Person teacher = Person.signUp("teacher-" + run);
        teacher.form("/classes", "/classes", "name", "Batch A").then().statusCode(403);
        Person.location(admin.form(
                "/admin/users", "/admin/users/roles", "username", teacher.name, "role", "teacher", "grant", "true"));

        String classPage = Person.location(teacher.form("/classes", "/classes", "name", "Prelims 2027 batch"));
        long classId = Long.parseLong(classPage.substring("/classes/".length()));
        String code = match(teacher.http().get(classPage).asString(), "class=\"join-code\">([A-Z0-9]+)<");

        List<Person> students = new ArrayList<>();
        for (int s = 0; s < ANSWERS.length; s++) {
            Person student = Person.signUp("student" + s + "-" + run);
            assertThat(Person.location(student.form("/classes", "/classes/join", "code", code)))
                    .isEqualTo(classPage);
            students.add(student);
        }
        Person outsider = Person.signUp("outsider-" + run);
        outsider.form("/classes", "/classes/join", "code", "WRONG123").then().statusCode(400);
        outsider.http().get(classPage).then().statusCode(404);

        String opens = LocalDateTime.now(ZoneId.of("Asia/Kolkata"))
                .minusHours(1)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        String closes = LocalDateTime.parse(opens).plusDays(2).toString();
        Person.location(teacher.form(
                classPage,
                classPage + "/papers",
                "title",
                "Week 1",
                "count",
                "5",
                "seed",
                "11",
                "kinds",
                "mcq",
                "sets",
                "2",
                "marking",
                "upsc-gs",
                "opens",
                opens,
                "closes",
                closes,
                "minutes",
                "30"));
        ClassPaper paper = QuarkusTransaction.requiringNew()
                .call(() -> ClassPaper.<ClassPaper>find("classId", classId).firstResult());
        String paperPage = classPage + "/papers/" + paper.id;
        assertThat(QuarkusTransaction.requiringNew().call(() -> PaperQuestion.count("paperId", paper.id)))
                .as("each set stored once")
                .isEqualTo(10);

        students.get(0).http().get(paperPage).then().statusCode(404);
        outsider.form("/classes", paperPage + "/start").then().statusCode(404);

        String last = null;
        for (int s = 0; s < ANSWERS.length; s++) {
            last = sit(students.get(s), classPage, paper.id, ANSWERS[s], s < ANSWERS.length - 1);
        }
        assertThat(sets(paper.id))
                .as("round-robin")
                .containsExactly("A", "B", "A", "B", "A", "B", "A", "B", "A", "B", "A", "B");
        assertThat(quizPapers(paper.id))
                .as("each set's students sit one stored quiz paper, every attempt with all its questions")
                .hasSize(2)
                .allSatisfy((set, byPaper) -> {
                    assertThat(byPaper).as("set " + set).hasSize(1);
                    assertThat(byPaper.values().iterator().next()).hasSize(6).containsOnly(5L);
                });

        teacher.http().accept(ContentType.HTML).get(paperPage).then().statusCode(200);
        long computed = results.computations();
        teacher.http().accept(ContentType.HTML).get(paperPage).then().statusCode(200);
        assertThat(results.computations())
                .as("a second view is served from the cache")
                .isEqualTo(computed);
        submit(students.get(ANSWERS.length - 1), last);
        String csv = new String(
                teacher.http()
                        .get(paperPage + "/results.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(results.computations())
                .as("a submit invalidates the figures")
                .isEqualTo(computed + 1);
        assertThat(csv).startsWith("\uFEFF");
        checkFigures(csv);
        String page = teacher.http().accept(ContentType.HTML).get(paperPage).asString();
        assertThat(page).contains("id=\"students\">12<").contains("distribution-chart");
    }

    private static void checkFigures(String csv) {
        double[][] marks = new double[ANSWERS.length][5];
        for (int s = 0; s < ANSWERS.length; s++) {
            for (int i = 0; i < 5; i++) {
                char c = ANSWERS[s].charAt(i);
                marks[s][i] = c == '-' ? 0 : c == 'K' ? BEST : WORST;
            }
        }
        List<String[]> items = rows(csv, "item");
        assertThat(items).hasSize(5);
        for (int i = 0; i < 5; i++) {
            String[] row = items.get(i);
            double[] x = ReferenceStatistics.column(marks, i);
            double[] rest = ReferenceStatistics.rest(marks, i);
            assertThat(num(row[5]))
                    .as("facility " + i)
                    .isCloseTo(ReferenceStatistics.facility(x, BEST, WORST), within(0.006));
            assertThat(num(row[6])).as("sd " + i).isCloseTo(ReferenceStatistics.sd(x, BEST, WORST), within(0.006));
            assertThat(num(row[7])).as("DI " + i).isCloseTo(ReferenceStatistics.discrimination(x, rest), within(0.006));
            assertThat(num(row[8])).as("DE " + i).isCloseTo(ReferenceStatistics.efficiency(x, rest), within(0.006));
        }
        // By hand, item 1: seven keys, three wrong, two blank: mean (14 − 2)/12 = 1, facility (1 + 2/3)/(8/3) = 62.5 %.
        assertThat(items.get(0)[5]).isEqualTo("62.50");
        // Item 5: the top third (students 5, 0, 1 and 2 of the fixture) chose the first wrong option three times, the
        // key once.
        assertThat(items.get(4)[9]).isEqualTo("true");
        assertThat(items.get(0)[9]).isEqualTo("false");
        assertThat(items.get(1)[9]).as("discrimination 16 < 30").isEqualTo("true");
        String[] paper = rows(csv, "paper").get(0);
        assertThat(paper[2]).isEqualTo("12");
        assertThat(num(paper[5]))
                .isCloseTo(ReferenceStatistics.cic(marks), within(0.006))
                .isCloseTo(-10.00, within(0.006));
        assertThat(num(paper[7])).isCloseTo(ReferenceStatistics.standardError(marks), within(0.006));
        assertThat(items.get(0)[10]).as("blank share of item 1").isEqualTo("16.67");
    }

    /** Starts the paper, answers as the fixture says (mapping items and options to this set's order), submits. */
    private String sit(Person student, String classPage, long paperId, String answers, boolean submit) {
        String quiz = Person.location(student.form(classPage, classPage + "/papers/" + paperId + "/start"));
        String attempt = quiz.substring("/quiz/".length());
        long userId = QuarkusTransaction.requiringNew()
                .call(() -> Account.byUsername(student.name).orElseThrow().id);
        List<PaperQuestion> set = QuarkusTransaction.requiringNew().call(() -> {
            Seat seat =
                    Seat.find("paperId = ?1 and userId = ?2", paperId, userId).firstResult();
            return PaperQuestion.<PaperQuestion>list(
                    "paperId = ?1 and setLetter = ?2 order by position", paperId, seat.setLetter);
        });
        for (PaperQuestion q : set) {
            char c = answers.charAt(q.item);
            if (c == '-') {
                continue;
            }
            int[] order = StoredQuestions.order(q.optionOrder);
            Question shown = StoredQuestions.read(q.question);
            int key = order[shown.answer()];
            int original = c == 'K' ? key : wrongOption(order.length, key, c - '1');
            int position = Arrays.stream(order).boxed().toList().indexOf(original);
            student.http()
                    .contentType(ContentType.JSON)
                    .body("{\"option\": " + position + "}")
                    .put("/api/quizzes/" + attempt + "/answers/" + q.position)
                    .then()
                    .statusCode(204);
        }
        if (submit) {
            submit(student, attempt);
        }
        return attempt;
    }

    private static void submit(Person student, String attempt) {
        student.http()
                .contentType(ContentType.JSON)
                .post("/api/quizzes/" + attempt + "/submit")
                .then()
                .statusCode(200);
    }

    private static int wrongOption(int options, int key, int nth) {
        int seen = -1;
        for (int o = 0; o < options; o++) {
            if (o != key && ++seen == nth) {
                return o;
            }
        }
        throw new IllegalArgumentException("no wrong option " + nth);
    }

    private static List<String> sets(long paperId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Seat.<Seat>list("paperId = ?1 order by id", paperId).stream()
                        .map(s -> s.setLetter)
                        .toList());
    }

    /** Per set letter, per stored quiz paper its students sat: how many question rows each attempt has. */
    private static Map<String, Map<UUID, List<Long>>> quizPapers(long paperId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Map<UUID, List<Long>>> papers = new TreeMap<>();
            for (Seat seat : Seat.<Seat>list("paperId = ?1 and attemptId is not null", paperId)) {
                QuizAttempt attempt = QuizAttempt.findById(seat.attemptId);
                papers.computeIfAbsent(seat.setLetter, k -> new HashMap<>())
                        .computeIfAbsent(attempt.paper.id, k -> new ArrayList<>())
                        .add((long) attempt.questions.size());
            }
            return papers;
        });
    }

    private static List<String[]> rows(String csv, String section) {
        return csv.lines()
                .map(l -> l.replace("\uFEFF", ""))
                .filter(l -> l.startsWith(section + ","))
                .map(Csv::split)
                .toList();
    }

    private static double num(String s) {
        return Double.parseDouble(s);
    }

    private static String match(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    /** A CSV line split into fields, quotes honoured. */
    static final class Csv {
        static String[] split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    out.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            out.add(cell.toString());
            return out.toArray(String[]::new);
        }
    }
}

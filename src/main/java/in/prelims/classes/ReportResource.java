package in.prelims.classes;

import in.prelims.account.Visitor;
import in.prelims.error.ConflictException;
import in.prelims.error.InvalidInputException;
import in.prelims.error.NotFoundException;
import in.prelims.quiz.AttemptQuestion;
import in.prelims.quiz.QuizAttempt;
import in.prelims.quiz.QuizService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestForm;

/** A student reports an error on a question of a submitted quiz; it goes to the curators' queue. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    static final int MAX_MESSAGE = 1000;

    @Inject
    Visitor visitor;

    @Inject
    QuizService quizzes;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@RestForm String attempt, @RestForm int position, @RestForm String message) {
        QuizAttempt a = quizzes.owned(attempt == null ? "" : attempt, visitor.owner());
        if (!a.submitted()) {
            throw new ConflictException("Errors can be reported once the quiz is submitted");
        }
        String text = message == null ? "" : message.trim();
        if (text.isEmpty() || text.length() > MAX_MESSAGE) {
            throw new InvalidInputException("message", "Say what is wrong in 1 to " + MAX_MESSAGE + " characters");
        }
        AttemptQuestion q = a.questions.stream()
                .filter(x -> x.position == position)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("This quiz has no question " + position));
        QuestionReport report = new QuestionReport();
        report.attemptId = a.id;
        report.position = position;
        report.questionId = q.questionId();
        report.factIds = String.join(",", q.factIds());
        report.userId = a.userId;
        report.message = text;
        report.createdAt = Instant.now();
        report.persist();
        return Response.seeOther(URI.create("/quiz/" + a.id + "/result?reported=" + position))
                .build();
    }
}

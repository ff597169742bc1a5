package in.prelims.classes;

import in.prelims.account.Account;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the class pages show. */
final class ClassViews {

    private ClassViews() {}

    record Row(SchoolClass c, boolean teaching, long students) {}

    record Student(long userId, String username, String set, boolean started) {}

    /** A paper as a student sees it: whether it can be started and their attempt, once there is one. */
    record StudentPaper(ClassPaper paper, boolean open, boolean upcoming, UUID attempt, boolean submitted) {}

    /** A paper as the teacher sees it, with who sits which set. */
    record TeacherPaper(ClassPaper paper, List<Student> seats, long submitted) {}

    static List<Row> rows(Account me) {
        List<SchoolClass> taught = SchoolClass.<SchoolClass>list("teacherId = ?1 order by name", me.id);
        List<SchoolClass> joined = SchoolClass.<SchoolClass>list(
                "id in (select m.classId from Member m where m.userId = ?1) order by name", me.id);
        return java.util.stream.Stream.concat(
                        taught.stream().map(c -> new Row(c, true, Member.count("classId", c.id))),
                        joined.stream().map(c -> new Row(c, false, 0)))
                .toList();
    }

    static List<TeacherPaper> teacherPapers(SchoolClass c) {
        return papers(c).stream()
                .map(p -> new TeacherPaper(
                        p,
                        Seat.<Seat>list("paperId = ?1 order by id", p.id).stream()
                                .map(s -> new Student(
                                        s.userId,
                                        Account.<Account>findById(s.userId).username,
                                        s.setLetter,
                                        s.attemptId != null))
                                .toList(),
                        Seat.count(
                                "paperId = ?1 and attemptId in (select a.id from QuizAttempt a where a.submittedAt is not null)",
                                p.id)))
                .toList();
    }

    static List<StudentPaper> studentPapers(SchoolClass c, long userId, Instant now) {
        return papers(c).stream()
                .map(p -> {
                    Seat seat = Seat.<Seat>find("paperId = ?1 and userId = ?2", p.id, userId)
                            .firstResult();
                    UUID attempt = seat == null ? null : seat.attemptId;
                    boolean submitted = attempt != null
                            && in.prelims.quiz.QuizAttempt.count("id = ?1 and submittedAt is not null", attempt) > 0;
                    return new StudentPaper(p, p.open(now), now.isBefore(p.opensAt), attempt, submitted);
                })
                .toList();
    }

    static List<String> members(SchoolClass c) {
        return Account.<Account>list(
                        "id in (select m.userId from Member m where m.classId = ?1) order by username", c.id)
                .stream()
                .map(a -> a.username)
                .toList();
    }

    private static List<ClassPaper> papers(SchoolClass c) {
        return ClassPaper.<ClassPaper>list("classId = ?1 order by opensAt desc, id desc", c.id);
    }
}

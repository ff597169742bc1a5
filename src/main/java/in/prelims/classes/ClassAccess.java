package in.prelims.classes;

import in.prelims.account.Account;
import in.prelims.account.Visitor;
import in.prelims.error.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who may see what: a class's teacher sees all of it, its students their own part; anyone else a 404. */
@RequestScoped
class ClassAccess {

    @Inject
    Visitor visitor;

    Account account() {
        return visitor.account().orElseThrow(() -> new NotFoundException("Log in to see your classes"));
    }

    SchoolClass visible(long classId) {
        SchoolClass c = SchoolClass.findById(classId);
        Account me = account();
        if (c == null || !(c.taughtBy(me.id) || c.hasMember(me.id))) {
            throw missing(classId);
        }
        return c;
    }

    SchoolClass taught(long classId) {
        SchoolClass c = SchoolClass.findById(classId);
        if (c == null || !c.taughtBy(account().id)) {
            throw missing(classId);
        }
        return c;
    }

    ClassPaper paper(SchoolClass c, long paperId) {
        ClassPaper paper = ClassPaper.findById(paperId);
        if (paper == null || paper.classId != c.id) {
            throw new NotFoundException("No paper " + paperId + " in this class");
        }
        return paper;
    }

    private static NotFoundException missing(long classId) {
        return new NotFoundException("No class " + classId + " here: it does not exist or is not yours");
    }
}

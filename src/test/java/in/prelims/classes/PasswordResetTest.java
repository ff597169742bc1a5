package in.prelims.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Someone who forgot their password gets a new one from an admin, or from their class's teacher: the
 * old password and every open session stop working, the new password signs in. Nobody else may do it.
 */
@QuarkusTest
class PasswordResetTest {

    private static final String NEW = "a new password 2026";

    @Test
    void anAdminSetsANewPasswordAndEverySessionEnds() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Person admin = Person.signUpOrLogIn("admin-test");
        Person forgetful = Person.signUp("forgot-" + run);
        forgetful.http().get("/account").then().body(containsString("Signed in as forgot-" + run));

        admin.form("/admin/users", "/admin/users/password", "username", forgetful.name, "password", "short")
                .then()
                .statusCode(400)
                .body(containsString("at least 8 characters"));
        String done = Person.location(
                admin.form("/admin/users", "/admin/users/password", "username", forgetful.name, "password", NEW));
        admin.http().get(done).then().body(containsString("The password of forgot-" + run + " is changed"));

        forgetful.http().get("/account").then().body(containsString("Guest (not signed in)"));
        assertThat(logIn(forgetful.name, Person.PASSWORD))
                .as("the old password")
                .isNotEqualTo(302);
        assertThat(logIn(forgetful.name, NEW)).as("the new password").isEqualTo(302);

        Person stranger = Person.signUp("stranger-" + run);
        assertThat(stranger.http().get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aTeacherSetsANewPasswordForTheirOwnStudentOnly() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Person admin = Person.signUpOrLogIn("admin-test");
        Person teacher = Person.signUp("teach-r-" + run);
        Person.location(admin.form(
                "/admin/users", "/admin/users/roles", "username", teacher.name, "role", "teacher", "grant", "true"));
        String classPage = Person.location(teacher.form("/classes", "/classes", "name", "Reset test"));
        String code =
                teacher.http().get(classPage).asString().replaceAll("(?s).*class=\"join-code\">([A-Z0-9]+)<.*", "$1");
        Person student = Person.signUp("stud-r-" + run);
        student.form("/classes", "/classes/join", "code", code);
        Person outsider = Person.signUp("out-r-" + run);

        teacher.form(classPage, classPage + "/password", "username", outsider.name, "password", NEW)
                .then()
                .statusCode(404);
        outsider.form("/classes", classPage + "/password", "username", student.name, "password", NEW)
                .then()
                .statusCode(404);
        assertThat(logIn(student.name, Person.PASSWORD))
                .as("nothing changed yet")
                .isEqualTo(302);

        Person.location(teacher.form(classPage, classPage + "/password", "username", student.name, "password", NEW));
        assertThat(logIn(student.name, NEW)).isEqualTo(302);
        assertThat(logIn(outsider.name, Person.PASSWORD))
                .as("the outsider keeps theirs")
                .isEqualTo(302);
    }

    /** The status of a log-in with these credentials from a fresh browser: 302 to / when it works. */
    private static int logIn(String name, String password) {
        Person fresh = new Person(name);
        var response = fresh.form("/account", "/j_security_check", "j_username", name, "j_password", password);
        return response.statusCode() == 302 && !response.header("Location").contains("error") ? 302 : 401;
    }
}

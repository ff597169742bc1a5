package in.prelims.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sets a new password for a user, for a teacher or administrator helping someone who forgot theirs
 * (the app sends no e-mail). Reads the new password twice from the terminal (or one line from
 * standard input) and writes its bcrypt hash, as sign-up does, and signs out every browser signed in as them. Uses the database the app uses:
 * {@code QUIZ_DB_URL}, {@code QUIZ_DB_USER}, {@code QUIZ_DB_PASSWORD}, by default the H2 file under
 * ./data (stop the app first: H2 allows one process). See docs/quiz.md, "Accounts".
 *
 * <pre>./mvnw -q exec:java@reset-password -Dexec.args=asha</pre>
 */
public final class ResetPassword {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/prelims;WRITE_DELAY=0";

    private ResetPassword() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("Usage: ResetPassword <username>   (the new password is read from the terminal)");
            System.exit(2);
        }
        String password = readPassword();
        if (password.length() < SignUp.MIN_PASSWORD) {
            System.err.println("The password must have at least " + SignUp.MIN_PASSWORD + " characters.");
            System.exit(2);
        }
        String url = env("QUIZ_DB_URL", DEFAULT_URL);
        try (Connection db = DriverManager.getConnection(url, env("QUIZ_DB_USER", "sa"), env("QUIZ_DB_PASSWORD", ""))) {
            int changed = reset(db, args[0].trim(), password);
            if (changed == 0) {
                System.err.println("No user is called \"" + args[0].trim() + "\"; nothing changed.");
                System.exit(1);
            }
            System.out.println("The password of \"" + args[0].trim() + "\" is changed; they can log in with it now.");
        } catch (SQLException e) {
            System.err.println("Cannot change the password in " + url + ": " + e.getMessage()
                    + " (is the app still running on an H2 file? stop it first)");
            System.exit(1);
        }
    }

    /** Writes the new password's hash; returns how many users were changed (0 or 1). */
    static int reset(Connection db, String username, String password) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE app_user SET password = ? WHERE username = ?");
                PreparedStatement signOut = db.prepareStatement("UPDATE app_session SET revoked_at = CURRENT_TIMESTAMP"
                        + " WHERE revoked_at IS NULL AND user_id = (SELECT id FROM app_user WHERE username = ?)")) {
            update.setString(1, BcryptUtil.bcryptHash(password));
            update.setString(2, username);
            int changed = update.executeUpdate();
            signOut.setString(1, username);
            signOut.executeUpdate();
            return changed;
        }
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            String first = new String(console.readPassword("New password: "));
            String again = new String(console.readPassword("The same again: "));
            if (!first.equals(again)) {
                System.err.println("The two passwords differ; nothing changed.");
                System.exit(2);
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package in.prelims.account;

import in.prelims.error.InvalidInputException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A new password set for someone else by an admin or by their teacher, for a person who forgot theirs
 * (the app sends no e-mail). Every session of the account ends, so only the new password signs in.
 */
@ApplicationScoped
public class PasswordReset {

    @Inject
    Sessions sessions;

    @Transactional
    public void reset(long userId, String password) {
        if (password == null || password.length() < SignUp.MIN_PASSWORD) {
            throw new InvalidInputException(
                    "password",
                    "A new password needs at least " + SignUp.MIN_PASSWORD + " characters; nothing changed.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > SignUp.MAX_PASSWORD_BYTES) {
            throw new InvalidInputException(
                    "password", "A password can be at most " + SignUp.MAX_PASSWORD_BYTES + " bytes long.");
        }
        Account account = Account.findById(userId);
        account.password = BcryptUtil.bcryptHash(password);
        sessions.revokeOthers(userId, Optional.empty());
    }
}

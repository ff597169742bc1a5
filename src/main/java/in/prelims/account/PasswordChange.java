package in.prelims.account;

import in.prelims.error.InvalidInputException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** A new password for a signed-in account: the current one must be right, and every other session ends. */
@ApplicationScoped
class PasswordChange {

    static final String CHANGED =
            "Password changed. Every other browser signed in to this account has been signed out.";

    @Inject
    Sessions sessions;

    @Transactional
    void change(long userId, String current, String password, String confirm, Optional<String> thisSession) {
        Account account = Account.findById(userId);
        if (current == null || !BcryptUtil.matches(current, account.password)) {
            throw new InvalidInputException("current", "The current password is not right; nothing was changed.");
        }
        SignUp.checkPassword(password, confirm);
        account.password = BcryptUtil.bcryptHash(password);
        sessions.revokeOthers(userId, thisSession);
    }
}

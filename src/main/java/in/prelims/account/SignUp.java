package in.prelims.account;

import in.prelims.error.ConflictException;
import in.prelims.error.InvalidInputException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/** Creates accounts: checks the name and password, stores a bcrypt hash, takes over the guest's attempts. */
@ApplicationScoped
class SignUp {

    static final int MIN_PASSWORD = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");

    @Inject
    Visitor visitor;

    static void checkPassword(String password, String confirm) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("j_password", "A password needs at least " + MIN_PASSWORD + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException(
                    "j_password", "A password can be at most " + MAX_PASSWORD_BYTES + " bytes long.");
        }
        if (!password.equals(confirm)) {
            throw new InvalidInputException("confirm", "The two passwords differ; type the same password twice.");
        }
    }

    @Transactional
    Account create(String username, String password, String confirm) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "j_username", "A username has 3 to 40 letters, digits, dots, dashes or underscores.");
        }
        checkPassword(password, confirm);
        if (Account.byUsername(name).isPresent()) {
            throw new ConflictException("The username " + name + " is taken; choose another or log in.");
        }
        Account account = new Account();
        account.username = name;
        account.password = BcryptUtil.bcryptHash(password);
        account.role = Account.ROLE;
        account.createdAt = Instant.now();
        account.persist();
        visitor.guestKey().ifPresent(key -> visitor.claim(key, account.id));
        return account;
    }
}

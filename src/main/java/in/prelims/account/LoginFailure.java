package in.prelims.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed (or not yet proven) log-in, or a sign-up, as counted; seen by every instance. */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntityBase {

    /** A username at one client address. */
    static final String PAIR = "pair";
    /** A client address, whatever the username. */
    static final String ADDRESS = "address";
    /** An account created (or a taken name found) from a client address. */
    static final String SIGN_UP = "sign-up";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@link #PAIR}, {@link #ADDRESS} or {@link #SIGN_UP}. */
    public String kind;

    /** The pair as {@link LoginAttempt#pair()} writes it, or the client's address. */
    public String item;

    @Column(name = "failed_at")
    public Instant failedAt;

    static LoginFailure of(String kind, String item, Instant at) {
        LoginFailure failure = new LoginFailure();
        failure.kind = kind;
        failure.item = item;
        failure.failedAt = at;
        return failure;
    }
}

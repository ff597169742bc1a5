package in.prelims.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed (or not yet proven) log-in of a username or from an address, seen by every instance. */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntityBase {

    static final String ACCOUNT = "account";
    static final String ADDRESS = "address";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@link #ACCOUNT} or {@link #ADDRESS}. */
    public String kind;

    /** The username as counted, or the client's address. */
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

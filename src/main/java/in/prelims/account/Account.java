package in.prelims.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A signed-up aspirant; the password is a bcrypt hash. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class Account extends PanacheEntityBase {

    public static final String ROLE = "user";
    /** UPSC allows eligible candidates 20 minutes of compensatory time per hour. */
    public static final int MAX_EXTRA_MINUTES_PER_HOUR = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password
    public String password;

    @Roles
    public String role;

    /** Minutes of extra time per hour of a quiz's time limit, 0 to {@link #MAX_EXTRA_MINUTES_PER_HOUR}. */
    @Column(name = "extra_minutes_per_hour")
    public int extraMinutesPerHour;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<Account> byUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}

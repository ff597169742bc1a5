package bench;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;

@Entity
@UserDefinition
public class Member extends PanacheEntity {
    @Username
    public String name;

    @Password
    public String password;

    @Roles
    public String roles;
}

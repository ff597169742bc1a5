package in.prelims.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Gives the accounts named in {@code accounts.admins} the admin role; nobody else can hold it. */
@ApplicationScoped
class AdminRole implements SecurityIdentityAugmentor {

    private final List<String> admins;

    AdminRole(@ConfigProperty(name = "accounts.admins") Optional<List<String>> admins) {
        this.admins = admins.orElse(List.of()).stream()
                .map(a -> a.trim().toLowerCase(Locale.ROOT))
                .toList();
    }

    boolean isAdmin(String username) {
        return admins.contains(username.toLowerCase(Locale.ROOT));
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !isAdmin(identity.getPrincipal().getName())) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(identity)
                        .addRole(Roles.ADMIN)
                        .build());
    }
}

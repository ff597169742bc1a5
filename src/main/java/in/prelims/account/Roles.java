package in.prelims.account;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles an account can hold, stored comma-separated in its role column; admins come from configuration. */
public final class Roles {

    public static final String USER = "user";
    public static final String TEACHER = "teacher";
    public static final String CURATOR = "curator";
    public static final String ADMIN = "admin";
    /** The roles an admin grants and revokes. */
    public static final List<String> GRANTED = List.of(TEACHER, CURATOR);

    private Roles() {}

    public static Set<String> of(Account account) {
        return Arrays.stream(account.role == null ? new String[0] : account.role.split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static boolean has(Account account, String role) {
        return of(account).contains(role);
    }

    static void set(Account account, String role, boolean held) {
        Set<String> roles = of(account);
        roles.add(USER);
        if (held) {
            roles.add(role);
        } else {
            roles.remove(role);
        }
        account.role = String.join(",", roles);
    }
}

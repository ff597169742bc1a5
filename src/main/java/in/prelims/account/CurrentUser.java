package in.prelims.account;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, for the page header on every page ({@code currentUser} in templates). */
@TemplateGlobal
public final class CurrentUser {

    private CurrentUser() {}

    /** The signed-in username, or null for a guest and for pages rendered outside a request. */
    public static String currentUser() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) return null;
        try {
            SecurityIdentity identity = arc.instance(SecurityIdentity.class).get();
            return identity == null || identity.isAnonymous()
                    ? null
                    : identity.getPrincipal().getName();
        } catch (RuntimeException notAvailableHere) {
            return null;
        }
    }
}

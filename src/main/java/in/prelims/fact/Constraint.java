package in.prelims.fact;

/**
 * What a wrong value for an entity slot must share with the key, so that it satisfies the question.
 * Each field is null (the default rule), {@code same} (as the key), {@code any} (no rule) or a value.
 * Defaults: the key's {@code country} when the key has one and the slot is not itself a country;
 * the key's {@code class} when it has one; no rule on {@code role} or {@code member}.
 *
 * @param member  a party the wrong value's {@code members} must include (an exercise India takes part in)
 * @param partner a country the wrong value must be a recorded partner of ({@code partners} in the gazetteer):
 *                "a key partner in Japan's initiative" offers Japan's partners, never an adversary of Japan's
 */
public record Constraint(String country, String role, String entityClass, String member, String partner) {

    public static final String SAME = "same";
    public static final String ANY = "any";
    public static final Constraint DEFAULT = new Constraint(null, null, null, null, null);

    /** The rule for one field with the default applied: the wanted value, or null for no rule. */
    static String resolve(String declared, String keyValue, boolean sameByDefault) {
        if (declared == null) return sameByDefault ? keyValue : null;
        if (ANY.equals(declared)) return null;
        return SAME.equals(declared) ? keyValue : declared;
    }

    /** The country a wrong value must be from, for a slot of {@code slotType} whose key is {@code key}; null for any. */
    public String country(String slotType, Entity key) {
        return resolve(country, key == null ? null : key.country(), !"country".equals(slotType));
    }

    /** Whether {@code candidate} satisfies this constraint for a slot of {@code slotType} whose key is {@code key}. */
    public boolean admits(String slotType, Entity key, Entity candidate) {
        if (candidate == null) return false;
        String keyRole = key == null ? null : key.role();
        String keyClass = key == null ? null : key.entityClass();
        String wantCountry = country(slotType, key);
        String wantRole = resolve(role, keyRole, false);
        String wantClass = resolve(entityClass, keyClass, true);
        String wantMember = ANY.equals(member) || SAME.equals(member) ? null : member;
        String wantPartner = ANY.equals(partner) || SAME.equals(partner) ? null : partner;
        return matches(wantCountry, candidate.country())
                && matches(wantRole, candidate.role())
                && matches(wantClass, candidate.entityClass())
                && (wantMember == null || candidate.members().contains(wantMember))
                && (wantPartner == null || candidate.partners().contains(wantPartner));
    }

    /** A readable form for messages: "country India, class bilateral". */
    public String describe(String slotType, Entity key) {
        StringBuilder out = new StringBuilder("type " + slotType);
        String c = resolve(country, key == null ? null : key.country(), !"country".equals(slotType));
        String r = resolve(role, key == null ? null : key.role(), false);
        String k = resolve(entityClass, key == null ? null : key.entityClass(), true);
        if (c != null) out.append(", country ").append(c);
        if (r != null) out.append(", role ").append(r);
        if (k != null) out.append(", class ").append(k);
        if (member != null && !ANY.equals(member) && !SAME.equals(member))
            out.append(", member ").append(member);
        if (partner != null && !ANY.equals(partner) && !SAME.equals(partner))
            out.append(", partner of ").append(partner);
        return out.toString();
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}

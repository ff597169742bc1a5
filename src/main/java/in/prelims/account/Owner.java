package in.prelims.account;

/**
 * Who owns quiz attempts: an account, or a guest known only by the hash of a random cookie.
 * Exactly one of the two is set.
 */
public record Owner(Long userId, String guestKey) {

    public Owner {
        if ((userId == null) == (guestKey == null)) {
            throw new IllegalArgumentException("an owner is either an account or a guest");
        }
    }

    public static Owner account(long userId) {
        return new Owner(userId, null);
    }

    public static Owner guest(String guestKey) {
        return new Owner(null, guestKey);
    }

    public boolean isGuest() {
        return guestKey != null;
    }

    /** Whether this owner is the one stored as {@code userId} / {@code guestKey} (a guest's key no longer owns once an account does). */
    public boolean owns(Long userId, String guestKey) {
        return this.userId != null ? this.userId.equals(userId) : userId == null && this.guestKey.equals(guestKey);
    }
}

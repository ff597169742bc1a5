package in.prelims.study;

import in.prelims.account.Owner;

/** The HQL clause and value that select an owner's rows (userId or guestKey columns). */
record OwnerQuery(String clause, Object value) {

    static OwnerQuery of(Owner owner) {
        return owner.isGuest()
                ? new OwnerQuery("guestKey = ?1", owner.guestKey())
                : new OwnerQuery("userId = ?1", owner.userId());
    }
}

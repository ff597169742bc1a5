package in.prelims.account;

/** Fired when a guest signs up or logs in: everything the guest owned now belongs to the account. */
public record GuestClaimed(String guestKey, long userId) {}

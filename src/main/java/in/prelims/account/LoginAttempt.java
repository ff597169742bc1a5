package in.prelims.account;

import java.time.Instant;
import java.util.Locale;

/**
 * One try at logging in, as the throttle counts it.
 *
 * @param account the username as typed, trimmed, lower-cased and cut to {@link #LONGEST_KEY} characters
 *                (no real username is longer), so neither case nor padding makes a fresh counter
 * @param address the client's IP address
 */
record LoginAttempt(String account, String address, Instant at) {

    static final int LONGEST_KEY = 64;

    /** The key failures are slowed by: this username from this address. */
    String pair() {
        return account + "\n" + address;
    }

    static LoginAttempt of(String username, String address, Instant at) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return new LoginAttempt(name.length() > LONGEST_KEY ? name.substring(0, LONGEST_KEY) : name, address, at);
    }
}

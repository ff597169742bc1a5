package in.prelims.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Start-up refuses an empty or short session key with a message saying how to make a good one. */
class SessionKeyCheckTest {

    @Test
    void anEmptyOrShortKeyIsRefusedWithHowToFixIt() {
        assertThat(SessionKeyCheck.problem(Optional.empty()))
                .hasValueSatisfying(m -> assertThat(m).contains("is empty").contains("openssl rand -base64 32"));
        assertThat(SessionKeyCheck.problem(Optional.of("   ")))
                .hasValueSatisfying(m -> assertThat(m).contains("is empty"));
        assertThat(SessionKeyCheck.problem(Optional.of("short-key")))
                .hasValueSatisfying(
                        m -> assertThat(m).contains("9 characters long").contains("at least 32"));
    }

    @Test
    void aGeneratedKeyPasses() {
        assertThat(SessionKeyCheck.problem(Optional.of("x".repeat(31)))).isPresent();
        assertThat(SessionKeyCheck.problem(Optional.of("x".repeat(32)))).isEmpty();
        assertThat(SessionKeyCheck.problem(Optional.of(SessionKeyConfigSource.readOrCreate(
                        java.nio.file.Path.of("target", "key-check-" + System.nanoTime(), "session.key")))))
                .isEmpty();
    }
}

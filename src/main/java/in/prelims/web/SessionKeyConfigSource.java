package in.prelims.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the form-login session encryption key. Several instances behind one load balancer must
 * share one key: give each the environment variable QUIZ_SESSION_KEY. A single instance may leave it
 * unset and gets a key from a file beside the database, generated at first start, so no secret is
 * committed and sessions survive a restart. The file is {@code data/session.key}, or the path in the
 * environment variable QUIZ_SESSION_KEY_FILE. Any configured key (property, environment variable
 * QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY) wins over both.
 */
public class SessionKeyConfigSource implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String SHARED_KEY = "QUIZ_SESSION_KEY";
    private static final int KEY_BYTES = 32;

    private volatile String key;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!PROPERTY.equals(propertyName)) return null;
        if (key == null) {
            synchronized (this) {
                if (key == null) key = shared().orElseGet(() -> readOrCreate(keyFile()));
            }
        }
        return key;
    }

    /** Below application.properties (250), so a configured key always wins. */
    @Override
    public int getOrdinal() {
        return 200;
    }

    @Override
    public String getName() {
        return "generated-session-key";
    }

    /** The key all instances share, from the environment variable QUIZ_SESSION_KEY. */
    static Optional<String> shared() {
        String shared = System.getenv(SHARED_KEY);
        return shared == null || shared.isBlank() ? Optional.empty() : Optional.of(shared.trim());
    }

    static Path keyFile() {
        return Path.of(
                System.getenv("QUIZ_SESSION_KEY_FILE") != null
                        ? System.getenv("QUIZ_SESSION_KEY_FILE")
                        : "data/session.key");
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file))
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            byte[] bytes = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(bytes);
            String generated = Base64.getEncoder().encodeToString(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the key stays readable by other local users on such file systems
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the session key file " + file, e);
        }
    }
}

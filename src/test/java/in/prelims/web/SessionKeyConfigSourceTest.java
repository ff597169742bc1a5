package in.prelims.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionKeyConfigSourceTest {

    @Test
    void generatesAPrivateKeyOnceAndReusesItAfterARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/session.key");

        String first = SessionKeyConfigSource.readOrCreate(file);
        String again = SessionKeyConfigSource.readOrCreate(file);

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(again).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(SessionKeyConfigSource.readOrCreate(dir.resolve("other.key")))
                .isNotEqualTo(first);
    }
}

package in.prelims.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MissingToolTest {

    @Test
    void aMissingProgramIsOneLineSayingWhatToInstall() {
        MissingTool e = assertThrows(
                MissingTool.class,
                () -> MissingTool.require(
                        Path.of("/usr/bin/no-such-chromium"), "Chromium", "apt-get install chromium chromium-driver"));
        assertThat(e.getMessage())
                .isEqualTo("Chromium not found at /usr/bin/no-such-chromium: "
                        + "run `apt-get install chromium chromium-driver` or `bash .ci/run`");
        assertThat(e.getStackTrace()).isEmpty();
        assertThrows(
                MissingTool.class,
                () -> MissingTool.requireCommand("no-such-node-binary", "Node.js", "apt-get install nodejs"));
    }

    @Test
    void anInstalledProgramPasses() {
        MissingTool.requireCommand("java", "Java", "apt-get install openjdk-17-jdk");
        MissingTool.require(Path.of("pom.xml"), "The build file", "git checkout pom.xml");
    }
}

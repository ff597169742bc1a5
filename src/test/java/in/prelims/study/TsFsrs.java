package in.prelims.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs src/test/js/fsrs-golden.js on the npm ts-fsrs package (installed by npm ci --prefix src/test/js). */
final class TsFsrs {

    private TsFsrs() {}

    static JsonNode golden() throws IOException, InterruptedException {
        if (!Files.isDirectory(Path.of("src/test/js/node_modules/ts-fsrs"))) {
            throw new AssertionError("ts-fsrs is not installed: run npm ci --prefix src/test/js (.ci/run does)");
        }
        Process node = new ProcessBuilder("node", "src/test/js/fsrs-golden.js")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new AssertionError("fsrs-golden.js failed:\n" + output);
        }
        return new ObjectMapper().readTree(output);
    }
}

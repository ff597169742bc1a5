package in.prelims.export;

import in.prelims.web.MissingTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent GIFT parser (npm gift-pegjs, installed by {@code npm ci --prefix src/test/js})
 * on a GIFT text and returns what it printed: a JSON summary of the questions it read.
 */
final class GiftParser {

    private GiftParser() {}

    static String summarise(String gift) throws IOException, InterruptedException {
        MissingTool.requireCommand("node", "Node.js", "apt-get install nodejs npm");
        MissingTool.require(
                Path.of("src/test/js/node_modules/gift-pegjs"), "The GIFT parser", "npm ci --prefix src/test/js");
        Path input = Files.createTempFile("export", ".gift");
        try {
            Files.writeString(input, gift, StandardCharsets.UTF_8);
            Process node = new ProcessBuilder("node", "src/test/js/parse-gift.js", input.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new AssertionError("gift-pegjs rejected the export:\n" + output);
            }
            return output.trim();
        } finally {
            Files.deleteIfExists(input);
        }
    }
}

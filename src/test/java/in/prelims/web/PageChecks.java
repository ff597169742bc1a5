package in.prelims.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a person notices on any page: axe-core's serious and critical WCAG 2.2 AA violations
 * (npm axe-core, injected from {@code src/test/js/node_modules}), sideways scrolling, and a
 * full-page screenshot under {@code target/screens/} to look at.
 */
public final class PageChecks {

    private PageChecks() {}

    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");

    private static String axeSource;

    /** Serious and critical violations on the page as it is now, one line each ("rule: selector"). */
    @SuppressWarnings("unchecked")
    public static List<String> axeViolations(ChromeDriver driver) {
        driver.executeScript(axe());
        Object result = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                    resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.filter(function (v) {
                      return v.impact === 'serious' || v.impact === 'critical';
                    }).map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) {
                        return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                      }).join(' | ');
                    }));
                  })
                  .catch(function (e) { done(['axe failed: ' + e]); });
                """);
        return new ArrayList<>((List<String>) result);
    }

    /** How many CSS pixels the document is wider than the viewport (0 when nothing scrolls sideways). */
    public static long overflow(ChromeDriver driver) {
        Object over = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) over).longValue();
    }

    /** The elements that stick out to the right of the viewport, for a helpful failure message. */
    @SuppressWarnings("unchecked")
    public static List<String> wideElements(ChromeDriver driver) {
        return (List<String>) driver.executeScript("""
                var w = document.documentElement.clientWidth, out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > w + 1 && out.length < 8) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                      + ' right=' + Math.round(r.right));
                  }
                });
                return out;
                """);
    }

    /** Saves the whole page (beyond the viewport) as target/screens/{name}.png. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            Path dir = Files.createDirectories(Path.of("target", "screens"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            MissingTool.require(AXE, "axe-core", "npm ci --prefix src/test/js");
            try {
                axeSource = Files.readString(AXE);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + AXE, e);
            }
        }
        return axeSource;
    }
}

package in.prelims.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Serves the application's own static files (stylesheets) to the PDF renderer, and nothing else. */
final class AppResources implements FSStreamFactory {

    static final String PROTOCOL = "app";
    private static final String STATIC_ROOT = "META-INF/resources";

    @Override
    public FSStream getUrl(String url) {
        String path = URI.create(url).getPath();
        byte[] bytes = path == null || path.contains("..") ? null : readOrNull(STATIC_ROOT + path);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    static byte[] read(String resource) {
        byte[] bytes = readOrNull(resource);
        if (bytes == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return bytes;
    }

    private static byte[] readOrNull(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

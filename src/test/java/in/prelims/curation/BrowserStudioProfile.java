package in.prelims.curation;

import java.nio.file.Path;

/** The studio for the browser test, on a copy of its own: the API test's saves do not show up in it. */
public class BrowserStudioProfile extends StudioProfile {

    static final Path ROOT = copy();

    @Override
    Path root() {
        return ROOT;
    }
}

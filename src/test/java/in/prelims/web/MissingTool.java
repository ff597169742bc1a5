package in.prelims.web;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test needs a program this machine lacks: the failure is one line saying what to install, with no
 * stack trace to read through.
 */
public final class MissingTool extends AssertionError {

    private MissingTool(String message) {
        super(message);
    }

    /** Fails unless {@code command} is an executable on the PATH. */
    public static void requireCommand(String command, String what, String install) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        throw new MissingTool(
                what + " (" + command + ") not found on the PATH: run `" + install + "` or `bash .ci/run`");
    }

    /** Fails unless {@code path} exists; {@code what} names it for the message. */
    public static void require(Path path, String what, String install) {
        if (!Files.exists(path)) {
            throw new MissingTool(what + " not found at " + path + ": run `" + install + "` or `bash .ci/run`");
        }
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

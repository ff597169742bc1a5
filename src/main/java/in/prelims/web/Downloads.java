package in.prelims.web;

import jakarta.ws.rs.core.Response;

/** A file response: its type and a Content-Disposition whose file name is safe to send and to save. */
public final class Downloads {

    private Downloads() {}

    /** Saved by the browser: exports for an LMS or Anki. */
    public static Response attachment(Object body, String type, String fileName) {
        return file(body, type, "attachment", fileName);
    }

    /** Shown by the browser (a PDF viewer), saved under {@code fileName}. */
    public static Response inline(Object body, String type, String fileName) {
        return file(body, type, "inline", fileName);
    }

    private static Response file(Object body, String type, String disposition, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", disposition + "; filename=\"" + safe(fileName) + "\"")
                .build();
    }

    /** Letters, digits, dots, dashes and underscores only; anything else becomes a dash. */
    static String safe(String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "download" : safe;
    }
}

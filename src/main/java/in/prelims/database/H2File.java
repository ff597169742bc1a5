package in.prelims.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The file behind an embedded H2 URL and whether it looks whole. H2 opens a file that was cut short
 * (a copy that stopped, a disk that filled during a copy) by falling back to an older state or
 * formatting it afresh, and writes over it; this check happens before anything opens it.
 */
record H2File(Path path) {

    private static final int BLOCK = 4096;
    /** Every chunk ends with a footer line of this many bytes ("chunk:..,fletcher:.."). */
    private static final int FOOTER = 128;

    /** The store file of an embedded H2 URL ({@code jdbc:h2:file:./data/prelims;...}); empty for other URLs. */
    static Optional<H2File> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) return Optional.empty();
        String name = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:")) return Optional.empty();
        if (name.startsWith("file:")) name = name.substring("file:".length());
        if (name.startsWith("~")) name = System.getProperty("user.home") + name.substring(1);
        return Optional.of(new H2File(Path.of(name + ".mv.db").toAbsolutePath().normalize()));
    }

    /** Why the file cannot be trusted, or empty when it is whole or does not exist yet (a fresh database). */
    Optional<String> problem() throws IOException {
        if (!Files.exists(path)) return Optional.empty();
        long length = Files.size(path);
        if (length == 0) return Optional.of("it is empty (0 bytes)");
        if (length < 2L * BLOCK) return Optional.of("it is " + length + " bytes, shorter than H2's file header");
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            Map<String, String> header = fields(read(file, 0));
            if (!"2".equals(header.get("H"))) return Optional.of("it does not start with an H2 file header");
            if (!header.containsKey("block")) return Optional.empty();
            long block = Long.parseLong(header.get("block"), 16);
            if ((block + 1) * BLOCK > length) {
                return Optional.of("it ends at " + length + " bytes, before the last chunk its header names (at "
                        + block * BLOCK + " bytes): it was cut short");
            }
            // A store closed cleanly ends with its last chunk's footer; after a crash the tail may be a
            // torn write that H2 itself recovers from, so only a clean store is held to this.
            Map<String, String> footer = fields(read(file, length - FOOTER));
            boolean clean = "1".equals(header.get("clean"));
            if (clean && (!footer.containsKey("chunk") || !footer.containsKey("fletcher"))) {
                return Optional.of(
                        "it does not end with a chunk's footer, as every whole H2 file does: it was cut short");
            }
            Map<String, String> chunk = fields(read(file, block * BLOCK));
            long chunkBlocks = Long.parseLong(chunk.getOrDefault("len", "1"), 16);
            if ((block + chunkBlocks) * BLOCK > length) {
                return Optional.of("it ends at " + length + " bytes, inside its last chunk (which ends at "
                        + (block + chunkBlocks) * BLOCK + " bytes): it was cut short");
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("its header cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String read(RandomAccessFile file, long at) throws IOException {
        byte[] bytes = new byte[256];
        file.seek(at);
        int n = file.read(bytes);
        return n <= 0 ? "" : new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** "H:2,block:797,len:10" as a map; stops at the first character that is not part of a field. */
    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        int end = 0;
        while (end < text.length() && text.charAt(end) >= ' ' && text.charAt(end) < 127) end++;
        for (String field : text.substring(0, end).strip().split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) fields.put(field.substring(0, colon), field.substring(colon + 1));
        }
        return fields;
    }
}

package in.prelims.quiz;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page rendered once with named slots, kept as UTF-8 bytes between them: serving it again is
 * sending those bytes with a few short values in between (the form token, the server's time). A slot
 * is written {@code \u0001name\u0001}, which no template, fact or escaped value contains. The bytes
 * live outside the heap, so a response sends them without copying; the garbage collector frees them
 * once neither the cache nor a response in flight holds the page.
 */
record SplicedPage(List<ByteBuf> parts, List<String> slots, int length) {

    private static final Pattern SLOT = Pattern.compile("\u0001(\\w+)\u0001");

    /** What to render where {@code name}'s value goes. */
    static String slot(String name) {
        return "\u0001" + name + "\u0001";
    }

    static SplicedPage of(String rendered) {
        List<ByteBuf> parts = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(rendered);
        int from = 0;
        while (m.find()) {
            parts.add(shared(rendered.substring(from, m.start())));
            slots.add(m.group(1));
            from = m.end();
        }
        parts.add(shared(rendered.substring(from)));
        return new SplicedPage(
                List.copyOf(parts),
                List.copyOf(slots),
                parts.stream().mapToInt(ByteBuf::readableBytes).sum());
    }

    /** Read-only, never released by a response: freed with the {@link ByteBuffer} by the collector. */
    private static ByteBuf shared(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        return Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct)).asReadOnly();
    }

    /** The page with every slot filled, as one array; {@code values} are written as they are (already HTML-safe). */
    byte[] fill(Map<String, String> values) {
        List<byte[]> filled = values(values);
        byte[] page = new byte[length + filled.stream().mapToInt(v -> v.length).sum()];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            ByteBuf part = parts.get(i);
            part.getBytes(part.readerIndex(), page, at, part.readableBytes());
            at += part.readableBytes();
            if (i < filled.size()) {
                System.arraycopy(filled.get(i), 0, page, at, filled.get(i).length);
                at += filled.get(i).length;
            }
        }
        return page;
    }

    /** The page with every slot filled, as a buffer that shares the page's bytes instead of copying them. */
    Buffer fillBuffer(Map<String, String> values) {
        List<byte[]> filled = values(values);
        CompositeByteBuf page = Unpooled.compositeBuffer(parts.size() + filled.size());
        for (int i = 0; i < parts.size(); i++) {
            page.addComponent(true, parts.get(i).duplicate());
            if (i < filled.size()) {
                page.addComponent(true, Unpooled.wrappedBuffer(filled.get(i)));
            }
        }
        return Buffer.buffer(page);
    }

    private List<byte[]> values(Map<String, String> values) {
        List<byte[]> filled = new ArrayList<>(slots.size());
        for (String slot : slots) {
            filled.add(values.getOrDefault(slot, "").getBytes(StandardCharsets.UTF_8));
        }
        return filled;
    }
}

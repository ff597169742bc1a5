package in.prelims.quiz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page rendered once with named slots, kept as UTF-8 bytes between them: serving it again is
 * copying bytes and filling in a few short values (the form token, the server's time). A slot is
 * written {@code \u0001name\u0001}, which no template, fact or escaped value contains.
 */
record SplicedPage(List<byte[]> parts, List<String> slots, int length) {

    private static final Pattern SLOT = Pattern.compile("\u0001(\\w+)\u0001");

    /** What to render where {@code name}'s value goes. */
    static String slot(String name) {
        return "\u0001" + name + "\u0001";
    }

    static SplicedPage of(String rendered) {
        List<byte[]> parts = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(rendered);
        int from = 0;
        while (m.find()) {
            parts.add(rendered.substring(from, m.start()).getBytes(StandardCharsets.UTF_8));
            slots.add(m.group(1));
            from = m.end();
        }
        parts.add(rendered.substring(from).getBytes(StandardCharsets.UTF_8));
        return new SplicedPage(
                List.copyOf(parts),
                List.copyOf(slots),
                parts.stream().mapToInt(p -> p.length).sum());
    }

    /** The page with every slot filled; {@code values} are written as they are (already HTML-safe). */
    byte[] fill(Map<String, String> values) {
        List<byte[]> filled = new ArrayList<>(slots.size());
        int size = length;
        for (String slot : slots) {
            byte[] value = values.getOrDefault(slot, "").getBytes(StandardCharsets.UTF_8);
            filled.add(value);
            size += value.length;
        }
        byte[] page = new byte[size];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            byte[] part = parts.get(i);
            System.arraycopy(part, 0, page, at, part.length);
            at += part.length;
            if (i < filled.size()) {
                System.arraycopy(filled.get(i), 0, page, at, filled.get(i).length);
                at += filled.get(i).length;
            }
        }
        return page;
    }
}

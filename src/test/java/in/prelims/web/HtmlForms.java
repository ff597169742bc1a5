package in.prelims.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads forms and links out of the app's own HTML the way a browser submits them: hidden and
 * filled-in fields, checked boxes and radios, the selected option of each list.
 */
final class HtmlForms {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", FLAGS);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", FLAGS);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", FLAGS);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", FLAGS);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", FLAGS);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#]*)\"", FLAGS);
    private static final Set<String> NOT_SENT = Set.of("submit", "button", "reset", "image", "file");

    /** A form as found on {@code page}: where it posts and the fields a browser would send untouched. */
    record Form(String page, String method, String action, List<Map.Entry<String, String>> fields) {

        boolean has(String field) {
            return fields.stream().anyMatch(f -> f.getKey().equals(field));
        }

        String value(String field) {
            return fields.stream()
                    .filter(f -> f.getKey().equals(field))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }
    }

    private HtmlForms() {}

    static List<Form> on(String page, String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            String body = form.group(2);
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String type = a.getOrDefault("type", "text").toLowerCase();
                boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked");
                if (a.containsKey("name") && !NOT_SENT.contains(type) && !unchecked && !a.containsKey("disabled")) {
                    fields.add(Map.entry(a.get("name"), a.getOrDefault("value", type.equals("checkbox") ? "on" : "")));
                }
            }
            Matcher select = SELECT.matcher(body);
            while (select.find()) {
                String name = attributes(select.group(1)).get("name");
                String chosen = null;
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    Map<String, String> a = attributes(option.group(1));
                    if (chosen == null || a.containsKey("selected")) {
                        chosen = a.getOrDefault("value", "");
                    }
                }
                if (name != null && chosen != null) {
                    fields.add(Map.entry(name, chosen));
                }
            }
            Matcher textarea = TEXTAREA.matcher(body);
            while (textarea.find()) {
                String name = attributes(textarea.group(1)).get("name");
                if (name != null) {
                    fields.add(Map.entry(name, decode(textarea.group(2))));
                }
            }
            forms.add(new Form(
                    page,
                    attributes.getOrDefault("method", "get").toLowerCase(),
                    attributes.getOrDefault("action", page),
                    fields));
        }
        return forms;
    }

    /** Same-site links, without their fragments. */
    static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            links.add(decode(link.group(1)));
        }
        return links;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new HashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            attributes.put(a.group(1).toLowerCase(), a.group(2) == null ? "" : decode(a.group(2)));
        }
        return attributes;
    }

    private static String decode(String text) {
        return text.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}

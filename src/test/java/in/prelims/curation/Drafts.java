package in.prelims.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Drafts of facts from the rainwater release, as the studio's form sends them. */
final class Drafts {

    private Drafts() {}

    static Map<String, Object> rainwater(String id, String document, String outlay) {
        return Map.of(
                "source",
                        Map.of(
                                "id",
                                id,
                                "title",
                                "Cabinet approves Rural Rainwater Harvesting Mission",
                                "publisher",
                                "Press Information Bureau",
                                "published",
                                "2024-02-14",
                                "document",
                                document,
                                "topics",
                                List.of("water", "rural-development"),
                                "reliability",
                                "official"),
                "facts",
                        List.of(
                                fact(
                                        "rrhm-outlay",
                                        "Spending approved for the Rural Rainwater Harvesting Mission totals {amount}.",
                                        "Rural Rainwater Harvesting Mission outlay",
                                        Map.of("amount", money(outlay)),
                                        "How much was approved for the Mission?"),
                                fact(
                                        "rrhm-period",
                                        "The Rural Rainwater Harvesting Mission is to run for {period}.",
                                        "Rural Rainwater Harvesting Mission period",
                                        Map.of("period", Map.of("type", "duration", "value", "4", "unit", "years")),
                                        null),
                                fact(
                                        "rrhm-jobs",
                                        "About {jobs} are expected from the Rural Rainwater Harvesting Mission.",
                                        "Rural Rainwater Harvesting Mission jobs",
                                        Map.of(
                                                "jobs",
                                                Map.of(
                                                        "type", "number", "value", "3", "scale", "lakh", "unit",
                                                        "jobs")),
                                        null),
                                fact(
                                        "rrhm-ministry",
                                        "The Rural Rainwater Harvesting Mission comes under the {ministry}.",
                                        "Ministry of the Rural Rainwater Harvesting Mission",
                                        Map.of(
                                                "ministry",
                                                Map.of("type", "ministry", "value", "Ministry of Jal Shakti")),
                                        null)),
                "entities", List.of(Map.of("name", "Ministry of Jal Shakti", "type", "ministry", "country", "India")));
    }

    static Map<String, Object> money(String value) {
        return Map.of("type", "money", "value", value, "scale", "crore", "currency", "INR");
    }

    static Map<String, Object> fact(String id, String text, String label, Map<String, Object> slots, String ask) {
        Map<String, Object> f =
                new HashMap<>(Map.of("id", id, "text", text, "label", label, "salience", "core", "slots", slots));
        if (ask != null) f.put("ask", Map.of(slots.keySet().iterator().next(), ask));
        return f;
    }
}

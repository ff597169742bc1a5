package in.prelims.curation;

import in.prelims.fact.FoundValue;
import java.util.List;

/** What the studio found in a document: sentences, typed values, known entities and new-entity candidates. */
record Analysis(List<Sentence> sentences, List<Value> values, List<Mention> entities, List<Mention> candidates) {

    record Sentence(int index, int start, int end, String text) {}

    /**
     * A typed value with the sentence it is in, normalised as the schema writes it.
     *
     * @param suggestedUnit for a number without a unit, the words after it ("coastal villages"), for the
     *     curator to keep or change; null otherwise
     */
    record Value(
            int sentence,
            int start,
            int end,
            String text,
            String type,
            String value,
            String scale,
            String currency,
            String unit,
            String display,
            String suggestedUnit) {

        static Value of(int sentence, FoundValue v, String text) {
            return new Value(
                    sentence,
                    v.start(),
                    v.end(),
                    v.text(),
                    v.type(),
                    v.value(),
                    v.scale(),
                    v.currency(),
                    v.unit(),
                    Displays.of(v),
                    Units.after(v, text));
        }
    }

    /**
     * A name in the text: a gazetteer entity (with its name and type) or a candidate for a new entity.
     *
     * @param kind for candidates: acronym, ministry or name; for entities, the entity's type
     */
    record Mention(int sentence, int start, int end, String text, String name, String kind) {}
}

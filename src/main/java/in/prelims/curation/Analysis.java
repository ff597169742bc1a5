package in.prelims.curation;

import in.prelims.fact.FoundValue;
import java.util.List;

/** What the studio found in a document: sentences, typed values, known entities and new-entity candidates. */
record Analysis(
        List<Sentence> sentences,
        List<Value> values,
        List<Mention> entities,
        List<Mention> candidates,
        String subject) {

    record Sentence(int index, int start, int end, String text) {}

    /**
     * A typed value with the sentence it is in, normalised as the schema writes it.
     *
     * @param suggestedUnit for a number without a unit, the words after it ("coastal villages"), for the
     *     curator to keep or change; null otherwise
     * @param label a label proposed for a fact about this value ({@link Labels}), for the curator to keep or
     *     edit; null when the document gives nothing to build one from
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
            String suggestedUnit,
            String label) {

        static Value of(int sentence, FoundValue v, String text, String label) {
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
                    Units.after(v, text),
                    label);
        }
    }

    /**
     * A name in the text: a gazetteer entity (with its name and type) or a candidate for a new entity.
     *
     * @param kind for candidates: acronym, ministry or name; for entities, the entity's type
     * @param label a label proposed for a fact about this name, or null
     */
    record Mention(int sentence, int start, int end, String text, String name, String kind, String label) {

        Mention(int sentence, int start, int end, String text, String name, String kind) {
            this(sentence, start, end, text, name, kind, null);
        }

        Mention labelled(String proposed) {
            return new Mention(sentence, start, end, text, name, kind, proposed);
        }
    }
}

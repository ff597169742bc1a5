package in.prelims.curation;

import java.util.List;
import java.util.Map;

/** A curator's work as the studio's form sends it: the source, the facts drafted and new entities. */
record Draft(DraftSource source, List<DraftFact> facts, List<DraftEntity> entities) {

    Draft {
        facts = facts == null ? List.of() : List.copyOf(facts);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    record DraftSource(
            String id,
            String title,
            String publisher,
            String published,
            String document,
            List<String> topics,
            String reliability) {}

    /**
     * One fact, or one per item when {@code list} names items: "X, Y and Z are among ..." entered once.
     *
     * @param covers    ids of facts and names of lists this fact restates in other words
     * @param notTopics topics of the source this fact is not about
     */
    record DraftFact(
            String id,
            String text,
            String label,
            String salience,
            List<String> topics,
            Map<String, DraftSlot> slots,
            Map<String, String> ask,
            DraftRelation relation,
            String event,
            DraftList list,
            String explainedBy,
            List<String> covers,
            List<String> notTopics) {

        /** The same fact under another id and label, with other slots: one item of a list, or a fact named. */
        DraftFact as(String newId, String newLabel, Map<String, DraftSlot> newSlots) {
            return new DraftFact(
                    newId,
                    text,
                    newLabel,
                    salience,
                    topics,
                    newSlots,
                    ask,
                    relation,
                    event,
                    list,
                    explainedBy,
                    covers,
                    notTopics);
        }
    }

    record DraftSlot(String type, String value, String scale, String unit, String currency, String to) {}

    /** @param middle the second of three columns (a three-column match), or blank for a pair */
    record DraftRelation(String name, String left, String middle, String right) {}

    /**
     * The list the fact's {@code slot} names members of; {@code items} each become one fact.
     *
     * @param knownFalse values a question may call false although the list is not complete, each with why
     * @param membersAre what the members are, completing "How many of the items given above are ...?"
     */
    record DraftList(
            String name,
            String slot,
            Boolean complete,
            List<String> items,
            Map<String, String> knownFalse,
            String membersAre) {}

    record DraftEntity(String name, String type, String country, String role, List<String> aliases) {}
}

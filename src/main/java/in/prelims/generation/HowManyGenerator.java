package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * "How many of the statements given above are correct (or not correct)?": Only one / Only two / All three / None.
 * A phrasing whose question line names {@code {members}} lists a list's members and non-members instead
 * ({@link MemberItems}).
 */
final class HowManyGenerator implements Generator {

    private final Material material;

    HowManyGenerator(Material material) {
        this.material = material;
    }

    /** A members phrasing needs a list anchor whose curators said what its members are; the others take any fact. */
    @Override
    public boolean suits(Fact anchor, Phrasing phrasing) {
        return !phrasing.listsMembers()
                || MemberItems.listOf(anchor, material.index()).isPresent();
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        CountOptions options = new CountOptions(phrasing.counts(), position);
        boolean askingCorrect = phrasing.askingCorrect();
        boolean[] shownTrue = options.pattern(askingCorrect, random);
        if (phrasing.listsMembers()) {
            Optional<FactList> list = MemberItems.listOf(anchor, material.index());
            if (list.isEmpty()) return Optional.empty();
            String members = list.get().membersAre();
            return MemberItems.build(material, anchor, pool, shownTrue, random)
                    .map(claims -> draft(
                            phrasing,
                            phrasing.text("stem"),
                            claims.stream().map(MemberItems::shown).toList(),
                            phrasing.fill("question-line", Map.of("members", members)),
                            claims,
                            options,
                            position));
        }
        String topic = StatementSet.topic(anchor, pool, shownTrue.length, random);
        if (topic == null) return Optional.empty();
        return StatementSet.build(material, anchor, pool, topic, shownTrue, random)
                .map(claims -> draft(
                        phrasing,
                        phrasing.fill("stem", Map.of("topic", phrasing.topicName(topic))),
                        StatementSet.texts(claims),
                        phrasing.text("question-line"),
                        claims,
                        options,
                        position));
    }

    private Draft draft(
            Phrasing phrasing,
            String stem,
            List<String> statements,
            String questionLine,
            List<Claim> claims,
            CountOptions options,
            int position) {
        boolean askingCorrect = phrasing.askingCorrect();
        return new Draft(
                        Kind.HOW_MANY,
                        phrasing.id(),
                        stem,
                        statements,
                        options.labels(),
                        options.meanings(askingCorrect),
                        position,
                        StatementSet.explanation(phrasing, claims, material.reasons()),
                        claims.stream().map(Claim::fact).toList(),
                        claims,
                        null)
                .laidOut(questionLine, List.of());
    }
}

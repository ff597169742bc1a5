package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** "How many of the statements given below are correct (or not correct)?": Only one / Only two / All three / None. */
final class HowManyGenerator implements Generator {

    private final Material material;

    HowManyGenerator(Material material) {
        this.material = material;
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        CountOptions options = new CountOptions(phrasing.counts(), position);
        boolean askingCorrect = phrasing.askingCorrect();
        boolean[] shownTrue = options.pattern(askingCorrect, random);
        String topic = StatementSet.topic(anchor, pool, shownTrue.length, random);
        if (topic == null) return Optional.empty();
        return StatementSet.build(material, anchor, pool, topic, shownTrue, random)
                .map(claims -> new Draft(
                                Kind.HOW_MANY,
                                phrasing.id(),
                                phrasing.fill("stem", Map.of("topic", phrasing.topicName(topic))),
                                StatementSet.texts(claims),
                                options.labels(),
                                options.meanings(askingCorrect),
                                position,
                                StatementSet.explanation(phrasing, claims, material.reasons()),
                                claims.stream().map(Claim::fact).toList(),
                                claims,
                                null)
                        .laidOut(phrasing.text("question-line"), List.of()));
    }
}

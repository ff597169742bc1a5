package in.prelims.generation;

import in.prelims.fact.Fact;
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
        return StatementSet.build(material, anchor, pool, shownTrue, random)
                .map(claims -> new Draft(
                        Kind.HOW_MANY,
                        phrasing.id(),
                        phrasing.text("stem"),
                        StatementSet.texts(claims),
                        options.labels(),
                        options.meanings(askingCorrect),
                        position,
                        StatementSet.explanation(phrasing, claims, material.reasons()),
                        claims.stream().map(Claim::fact).toList(),
                        claims,
                        null));
    }
}

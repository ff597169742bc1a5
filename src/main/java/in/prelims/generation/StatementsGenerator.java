package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.Optional;
import java.util.Random;

/** "Consider the following statements ... which is/are correct (or not correct)?" with UPSC's option forms. */
final class StatementsGenerator implements Generator {

    private final Material material;

    StatementsGenerator(Material material) {
        this.material = material;
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        int n = phrasing.number("statements");
        boolean askingCorrect = phrasing.askingCorrect();
        SubsetOptions options = SubsetOptions.of(n, position, random);
        boolean[] shownTrue = new boolean[n];
        for (int i = 0; i < n; i++) shownTrue[i] = options.key().contains(i) == askingCorrect;
        return StatementSet.build(material, anchor, pool, shownTrue, random)
                .map(claims -> new Draft(
                        Kind.STATEMENTS,
                        phrasing.id(),
                        phrasing.text("stem"),
                        StatementSet.texts(claims),
                        options.labels(phrasing, n),
                        options.meanings(askingCorrect),
                        options.answer(),
                        StatementSet.explanation(phrasing, claims, material.reasons()),
                        claims.stream().map(Claim::fact).toList(),
                        claims,
                        null));
    }
}

package in.prelims.generation;

import in.prelims.fact.FactBaseLoader;
import java.nio.file.Path;

/**
 * The content linter: {@code ./mvnw -q compile exec:java@lint-questions}. Generates 20 seeds x 100
 * items of every kind, default quiz and detail drill, prints the counts as Markdown tables and
 * exits 1 when any mechanical defect is found.
 * Arguments: [fact folder, default "questions"] [templates folder, default "templates"] [seeds] [items].
 */
public final class LintQuestions {

    private LintQuestions() {}

    public static void main(String[] args) {
        Path facts = Path.of(args.length > 0 ? args[0] : "questions");
        Path templates = Path.of(args.length > 1 ? args[1] : "templates");
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Engine engine = new Engine(FactBaseLoader.load(facts), TemplateReader.load(templates), "upsc");
        int defects = 0;
        for (boolean detail : new boolean[] {false, true}) {
            ContentLint lint = new ContentLint(engine).run(seeds, count, detail);
            System.out.printf(
                    "%n%s: %d seeds x %d items of each kind%n%n%s",
                    detail ? "Detail drill (core and context)" : "Default quiz (core points)",
                    seeds,
                    count,
                    lint.table());
            lint.examples.forEach(e -> System.out.println("  " + e));
            defects += lint.mechanical();
        }
        System.out.println(defects == 0 ? "\nOK: no mechanical defects" : "\n" + defects + " mechanical defects");
        if (defects > 0) System.exit(1);
    }
}

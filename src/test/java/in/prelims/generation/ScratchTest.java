package in.prelims.generation;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        for (Kind k : new Kind[] {Kind.STATEMENTS, Kind.HOW_MANY, Kind.PAIRS, Kind.CHRONOLOGY}) {
            var qs = Engines.shipped().generate(Engines.request(6, 11, k));
            System.out.println("=== " + k + " " + qs.size());
            for (Question q : qs.subList(0, Math.min(3, qs.size()))) {
                System.out.println(q.kind() + " | " + q.stem());
                for (int i = 0; i < q.statements().size(); i++) System.out.println("   " + (i + 1) + ". " + q.statements().get(i));
                System.out.println("   " + q.options() + " -> " + q.answer() + "\n   " + q.explanation());
            }
        }
    }
}

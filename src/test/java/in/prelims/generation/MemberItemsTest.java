package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.FactList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Consider the following: 1. ... 2. ... 3. ... How many of the items given above are pillars of the
 * Indo-Pacific Oceans Initiative?": built only from lists whose declaration says what the members are, each
 * printed item a member (a fact of the list, shown as it is) or a value the base calls false, the key right
 * by the fact base.
 */
class MemberItemsTest {

    private final Engine engine = Engines.shipped();
    private final FactIndex index = engine.index();
    private final ItemChecks checks = new ItemChecks(index.base());

    private record Served(Question question, Draft draft) {}

    private List<Served> membersItems(int count, Set<Kind> kinds, int seeds) {
        List<Served> out = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            engine.generate(new QuestionRequest(count, seed, kinds, Set.of(), Set.of()), (q, d) -> {
                if (d.phrasing().equals("upsc-how-many-members")) out.add(new Served(q, d));
            });
        }
        return out;
    }

    @Test
    void membersItemsListValuesOfOneListAndAreKeyedByTheFactBase() {
        List<Served> items = membersItems(6, Set.of(Kind.HOW_MANY), 40);
        assertThat(items).hasSizeGreaterThan(20);
        Phrasing phrasing = engine.phrasings(Kind.HOW_MANY).stream()
                .filter(p -> p.id().equals("upsc-how-many-members"))
                .findFirst()
                .orElseThrow();
        Set<String> lists = new HashSet<>();
        for (Served s : items) {
            Question q = s.question();
            Draft d = s.draft();
            assertThat(checks.problems(q, d, phrasing)).as(q.toString()).isEmpty();
            String listName = d.facts().get(0).list().name();
            FactList list = index.base().lists().get(listName);
            lists.add(listName);
            assertThat(list.membersAre()).as(listName).isNotNull();
            assertThat(q.stem()).isEqualTo("Consider the following:");
            assertThat(q.questionLine())
                    .isEqualTo("How many of the items given above are " + list.membersAre() + "?")
                    .contains("given above");
            assertThat(q.options()).containsExactly("Only one", "Only two", "All three", "None");
            assertThat(q.statements()).hasSize(3).doesNotHaveDuplicates();
            int members = 0;
            for (int i = 0; i < d.claims().size(); i++) {
                Claim c = d.claims().get(i);
                assertThat(c.fact().list().name())
                        .as("every item from the one list")
                        .isEqualTo(listName);
                String shown = q.statements().get(i);
                assertThat(shown).isEqualTo(c.slot(c.fact().list().slot()).display());
                boolean member =
                        list.members().contains(c.slot(c.fact().list().slot()).value());
                assertThat(index.holds(c)).as(shown + " in " + q).isEqualTo(member);
                if (member) members++;
            }
            assertThat(q.answer()).as(q.toString()).isEqualTo(members == 0 ? 3 : members - 1);
            assertThat(q.explanation()).startsWith("Item 1 is");
        }
        assertThat(lists).as("several lists take the form").hasSizeGreaterThan(3);
    }

    @Test
    void onlyListsThatSayWhatTheirMembersAreTakeTheForm() {
        Set<String> withoutWords = new HashSet<>();
        index.base().lists().forEach((name, list) -> {
            if (list.membersAre() == null) withoutWords.add(name);
        });
        assertThat(withoutWords)
                .as("the shipped base has lists without the words")
                .isNotEmpty();
        for (Served s : membersItems(6, Set.of(Kind.HOW_MANY), 40))
            assertThat(withoutWords)
                    .doesNotContain(s.draft().facts().get(0).list().name());
    }

    @Test
    void theDefaultUpscPaperSetsTheForm() {
        assertThat(membersItems(25, Set.of(), 20)).isNotEmpty();
    }

    /**
     * A sentence set holds at most one member of a list the members form asks: three "The CEPA covers ..."
     * sentences are that form written out in one frame. Lists without the phrase are not bound.
     */
    @Test
    void aSentenceSetHoldsAtMostOneMemberOfAListTheMembersFormAsks() {
        int sentenceSets = 0;
        int withAMember = 0;
        List<String> twice = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            List<Draft> drafts = new ArrayList<>();
            engine.generate(new QuestionRequest(100, seed, Set.of(), Set.of(), Set.of()), (q, d) -> drafts.add(d));
            for (Draft d : drafts) {
                boolean sentences = d.kind() == Kind.STATEMENTS
                        || (d.kind() == Kind.HOW_MANY && !d.phrasing().equals("upsc-how-many-members"));
                if (!sentences) continue;
                sentenceSets++;
                Set<String> seen = new HashSet<>();
                for (var f : d.facts()) {
                    var list = MemberItems.listOf(f, index);
                    if (list.isEmpty()) continue;
                    withAMember++;
                    if (!seen.add(list.get().name())) twice.add(list.get().name() + " in " + d.statements());
                }
            }
        }
        assertThat(twice).as("sets holding two members of one list").isEmpty();
        assertThat(sentenceSets).isGreaterThan(200);
        assertThat(withAMember).as("sets still draw on lists, one member each").isGreaterThan(100);
    }
}

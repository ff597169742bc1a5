package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Topics are shown by name: every topic of the shipped fact base has a label in questions/topics.yaml. */
class TopicNamesTest {

    private final TopicNames names = TopicNames.read(Path.of("questions"));

    @Test
    void everyShippedTopicHasALabel() {
        FactBase base = FactChecks.loadAndCheck(ShippedFactBaseTest.FACTS, null, false);
        assertThat(base.topicCounts().keySet())
                .allSatisfy(topic -> assertThat(names.has(topic))
                        .as("questions/topics.yaml names " + topic)
                        .isTrue());
        assertThat(names.name("india-japan")).isEqualTo("India–Japan relations");
    }

    @Test
    void aTopicWithoutALabelIsShownInWordsNotAsASlug() {
        assertThat(names.name("space-policy")).isEqualTo("Space policy");
    }
}

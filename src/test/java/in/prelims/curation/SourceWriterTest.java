package in.prelims.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the studio writes for lists and reasons, so a curator never adds them to YAML by hand. */
class SourceWriterTest {

    @Test
    void aListIsDeclaredWithItsKnownFalseValuesAndAFactWithItsReason() {
        Map<String, String> knownFalse = new LinkedHashMap<>();
        knownFalse.put("Sikkim", "not a coastal State");
        knownFalse.put("Arunachal Pradesh", "not a coastal State");
        Draft.DraftFact state = new Draft.DraftFact(
                "pilot",
                "{state} hosts a pilot.",
                "Pilot State",
                "core",
                List.of(),
                Map.of("state", new Draft.DraftSlot("region", "Odisha", null, null, null, null)),
                Map.of(),
                null,
                null,
                new Draft.DraftList("pilots", "state", false, List.of("Odisha", "Gujarat"), knownFalse),
                null);
        Draft.DraftFact caused = new Draft.DraftFact(
                "",
                "Losses fall by {share}.",
                "Flood losses cut",
                "core",
                List.of(),
                Map.of("share", new Draft.DraftSlot("percent", "30", null, null, null, null)),
                Map.of(),
                null,
                null,
                null,
                "mangroves-restored");
        Draft draft = new Draft(
                new Draft.DraftSource("s", "T", "P", "2023-01-04", "d.txt", List.of("x"), "official"),
                List.of(state, caused),
                List.of());

        String yaml = SourceWriter.newFile(draft);

        assertThat(yaml)
                .contains("lists:\n  - name: pilots\n    complete: false\n    known-false:\n"
                        + "      Sikkim: not a coastal State\n      Arunachal Pradesh: not a coastal State\n")
                .contains("  - id: pilot-odisha\n", "  - id: pilot-gujarat\n")
                .contains("  - id: flood-losses-cut\n")
                .contains("    explained-by: mangroves-restored\n");
    }
}

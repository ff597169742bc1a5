package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up path refuses a broken fact base and lists every error. */
class FactBaseStartupTest {

    @Test
    void startUpWithABrokenFileFailsWithTheWholeList() {
        FactConfig broken = config("src/test/resources/facts/many-errors");

        FactBaseException failure =
                catchThrowableOfType(FactBaseException.class, () -> new FactBaseProducer().factBase(broken));

        assertThat(failure.errors()).hasSize(6);
        assertThat(failure.getMessage())
                .startsWith("The fact base has 6 error(s):\n")
                .contains("many-errors.yaml:13: slot 'date': '2017-13-01' is not a valid date (yyyy-mm-dd)")
                .contains("many-errors.yaml:19: fact is missing 'slots'");
    }

    @Test
    void startUpChecksProvenanceWhenTheDocumentsAreThere() {
        FactConfig config = new FactConfig() {
            public String dir() {
                return "src/test/resources/facts/valid";
            }

            public Optional<String> documentsDir() {
                return Optional.of("src/test/resources/facts/unknown-key");
            }

            public boolean checkDocuments() {
                return true;
            }
        };
        FactBaseException failure =
                catchThrowableOfType(FactBaseException.class, () -> new FactBaseProducer().factBase(config));
        assertThat(failure.getMessage())
                .contains("document 'doc.txt' is not in "
                        + java.nio.file.Path.of("src/test/resources/facts/unknown-key")
                                .toAbsolutePath());
    }

    private static FactConfig config(String dir) {
        return new FactConfig() {
            public String dir() {
                return dir;
            }

            public Optional<String> documentsDir() {
                return Optional.empty();
            }

            public boolean checkDocuments() {
                return false;
            }
        };
    }
}

package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error in one run, root causes only, each naming what to change. */
class ValidatorMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aBadScaleIsOneErrorNotAFollowOnAboutAsk() throws IOException {
        write("entities.yaml", "entities:\n  - {name: A, type: agency}\n");
        write("s.yaml", source("""
                  - id: outlay
                    text: The outlay is {amount}.
                    label: Outlay
                    slots:
                      amount: {type: money, value: 8, scale: lakh crore, currency: INR}
                    ask:
                      amount: What is the outlay?
                    event: amount
                """));
        List<FactError> errors = errors(null, false);
        assertThat(errors)
                .extracting(FactError::message)
                .containsExactly("slot 'amount': scale 'lakh crore' is not one of thousand, lakh, million, crore,"
                        + " billion, lakh-crore (write 'lakh-crore')");
    }

    @Test
    void aCaseOnlyDuplicateNamesTheFirstOccurrenceAndTheRule() throws IOException {
        write("entities.yaml", """
                entities:
                  - {name: CERT-In, type: agency, aliases: [Cert-In]}
                  - {name: NCIIPC, type: agency}
                  - {name: nciipc, type: agency}
                """);
        write("s.yaml", source("""
                  - id: f
                    text: "{a} acts."
                    label: F
                    slots:
                      a: {type: agency, value: CERT-In}
                """));
        assertThat(errors(null, false))
                .extracting(FactError::toString)
                .contains(
                        dir.resolve("entities.yaml") + ":2: entity 'CERT-In' lists 'Cert-In' twice as its name or alias"
                                + " ('CERT-In' and 'Cert-In') (names and aliases are unique across the gazetteer, compared"
                                + " without regard to case)",
                        dir.resolve("entities.yaml")
                                + ":4: entity name or alias 'nciipc' is already used by 'NCIIPC' at line"
                                + " 3 as 'NCIIPC' (names and aliases are unique across the gazetteer, compared without regard"
                                + " to case)");
    }

    @Test
    void aMissingDocumentsFolderIsAnErrorUnlessTheCheckIsOff() throws IOException {
        Path indian = IndianFormsTest.DIR.resolve("facts");
        Path missing = dir.resolve("no-documents");
        FactBaseException failure =
                catchThrowableOfType(FactBaseException.class, () -> FactChecks.loadAndCheck(indian, missing));
        assertThat(failure.getMessage())
                .contains(missing.toAbsolutePath() + ": the documents folder does not exist (setting"
                        + " facts.documents-dir");
        assertThat(FactChecks.loadAndCheck(indian, missing, false).facts()).hasSize(7);
        assertThat(catchThrowableOfType(FactBaseException.class, () -> FactChecks.loadAndCheck(indian, null)))
                .hasMessageContaining("no documents folder is set");
    }

    @Test
    void schemaAndProvenanceErrorsArriveInOneRun() throws IOException {
        write("entities.yaml", "entities:\n  - {name: A, type: agency}\n");
        Files.writeString(dir.resolve("doc.txt"), "The outlay is Rs. 19,744 crore, announced on 04-January-2023.");
        write("s.yaml", source("""
                  - id: outlay
                    text: The outlay is {amount}.
                    label: Outlay
                    slots:
                      amount: {type: money, value: 19745, scale: crore, currency: INR}
                  - id: broken
                    text: Broken {x}.
                    label: Broken
                    slots:
                      x: {type: date, value: 2023-13-01}
                """));
        assertThat(errors(dir, true))
                .extracting(FactError::message)
                .containsExactly(
                        "slot 'x': '2023-13-01' is not a valid date (yyyy-mm-dd)",
                        "fact 'outlay', slot 'amount': 'INR 19745 crore' is not found in doc.txt (searched for Rs. 19,745"
                                + " crore / Rs. 19745 crore / Rs 19,745 crore / Rs 19745 crore / INR 19,745 crore / INR"
                                + " 19745 crore / ₹19,745 crore / ₹19745 crore / 1,97,45,00,00,000)");
    }

    private List<FactError> errors(Path documents, boolean check) {
        return catchThrowableOfType(FactBaseException.class, () -> FactChecks.loadAndCheck(dir, documents, check))
                .errors();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private static String source(String facts) {
        return """
                source:
                  id: s
                  title: T
                  publisher: P
                  published: 2023-01-04
                  document: doc.txt
                  topics: [t]
                facts:
                """ + facts;
    }
}

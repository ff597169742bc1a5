package in.prelims.compilation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import in.prelims.pdf.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The monthly compilation: every fact of the month by topic with its citation, read back with PDFBox. */
@QuarkusTest
class CompilationPdfTest {

    @Test
    void aMonthsCompilationHoldsItsFactsByTopicWithCitations() throws Exception {
        byte[] pdf = given().get("/compilation.pdf?month=2017-07")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("compilation-2017-07.pdf"))
                .extract()
                .asByteArray();
        try (PDDocument doc = PdfText.load(pdf)) {
            String text = PdfText.all(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Current affairs compilation: July 2017")
                    .contains("Source: Press Information Bureau, 12 July 2017")
                    .contains("Documents of the month")
                    .contains("CERT-In")
                    .doesNotContain("Japan");
        }
        byte[] october = given().get("/compilation.pdf?month=2020-10")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = PdfText.load(october)) {
            String text = PdfText.all(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("October 2020", "Japan", "8 October 2020").doesNotContain("Bangladesh");
        }
    }

    @Test
    void theFactsPageLinksEachMonthInOneClick() {
        given().accept("text/html")
                .get("/facts")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/compilation.pdf?month=2020-10\""))
                .body(containsString("href=\"/compilation.pdf?month=2017-07\""))
                .body(containsString("Newest document: 8 October 2020"));
    }

    @Test
    void aMalformedOrEmptyMonthIsA400InWords() {
        given().get("/compilation.pdf?month=2020-13")
                .then()
                .statusCode(400)
                .body("field", equalTo("month"))
                .body("error", containsString("there is no month 13"));
        given().get("/compilation.pdf?month=2019-01")
                .then()
                .statusCode(400)
                .body("error", containsString("No document in the fact base is dated in January 2019"));
        given().get("/compilation.pdf?month=last-7-days").then().statusCode(400).body("field", equalTo("month"));
        given().get("/compilation.pdf?month=%3Cscript%3E")
                .then()
                .statusCode(400)
                .body("field", equalTo("month"));
        given().get("/compilation.pdf").then().statusCode(400).body("field", equalTo("month"));
    }
}

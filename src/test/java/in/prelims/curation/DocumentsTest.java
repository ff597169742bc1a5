package in.prelims.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Documents come in as PDF or HTML uploads; a save into an existing source keeps the curator's comments. */
@QuarkusTest
@TestProfile(StudioProfile.class)
class DocumentsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void aPdfUploadIsReadWithPdfBoxAndOpenedWithItsSource() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        String name = upload(
                curator,
                "release.pdf",
                pdf(
                        "Press Information Bureau",
                        "Posted On: 14-March-2023 4:30PM by PIB Delhi",
                        "Cabinet approves National Solar Cold Chain Scheme",
                        "The scheme has an outlay of Rs. 4,200 crore over three years."),
                "application/pdf");
        JsonPath opened = curator.json()
                .get("/api/curation/documents/" + name)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(opened.getString("source.published")).isEqualTo("2023-03-14");
        assertThat(opened.getString("source.title")).isEqualTo("Cabinet approves National Solar Cold Chain Scheme");
        assertThat(opened.getList("analysis.values.text", String.class)).contains("Rs. 4,200 crore", "three years");
    }

    @Test
    void anHtmlUploadLosesItsMarkupAndScriptsAndABrokenPdfIsA400() {
        Curator curator = Curator.create("user,curator").logIn();
        String html = "<html><head><title>Release</title><script>alert('x')</script></head><body>"
                + "<p>Press Information Bureau</p><p>Posted On: 05-April-2023</p>"
                + "<h1>Cabinet approves the Coastal Fisheries Insurance Scheme</h1>"
                + "<p>About <b>2,50,000</b> fishers will be covered.</p></body></html>";
        String name = upload(curator, "release.html", html.getBytes(StandardCharsets.UTF_8), "text/html");
        String text = curator.json()
                .get("/api/curation/documents/" + name)
                .then()
                .statusCode(200)
                .extract()
                .path("text");
        assertThat(text).contains("About 2,50,000 fishers will be covered.").doesNotContain("<", "alert");

        curator.http()
                .multiPart(
                        "file",
                        "broken.pdf",
                        "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .multiPart("csrf-token", token(curator))
                .accept("application/json")
                .post("/curation/upload")
                .then()
                .statusCode(400)
                .body("field", equalTo("file"))
                .body("error", containsString("could not be read as a PDF"));
    }

    @Test
    void aFactAddedToAnExistingSourceKeepsItsCommentsAndFacts() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        String file = "pib-2017-07-12-india-bangladesh-cert.yaml";
        String before = Files.readString(StudioProfile.facts().resolve(file));
        Map<String, Object> draft = Map.of(
                "source",
                Map.of(
                        "id", "pib-2017-07-12-india-bangladesh-cert",
                        "title", "Cabinet apprised of MoU between India and Bangladesh for cyber security cooperation",
                        "publisher", "Press Information Bureau",
                        "published", "2017-07-12",
                        "document", "004_58f82eded5c2ac25.txt",
                        "topics", List.of("cyber-security", "india-bangladesh")),
                "facts",
                List.of(Drafts.fact(
                        "in-bd-cert-mou-cabinet-chair",
                        "The Cabinet meeting told of the CERT-In pact with Bangladesh was chaired by {chair}.",
                        "Chair of the Cabinet apprised of the CERT-In MoU",
                        Map.of("chair", Map.of("type", "person", "value", "Narendra Modi")),
                        null)));
        curator.json().body(draft).post("/api/curation/facts").then().statusCode(201);

        String after = Files.readString(StudioProfile.facts().resolve(file));
        assertThat(after)
                .startsWith(before.lines().limit(2).reduce("", (a, l) -> a + l + "\n"))
                .contains("  # \"includes ...\": the release does not say the list is complete, so only the values")
                .contains(
                        "  - id: in-bd-cert-mou-cabinet-chair\n", "      chair: {type: person, value: Narendra Modi}");
        for (String line : before.lines().toList()) assertThat(after).contains(line);
        curator.http()
                .get("/api/facts?source=pib-2017-07-12-india-bangladesh-cert")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem("in-bd-cert-mou-cabinet-chair"));
    }

    private static String upload(Curator curator, String fileName, byte[] bytes, String type) {
        String location = curator.http()
                .multiPart("file", fileName, bytes, type)
                .multiPart("csrf-token", token(curator))
                .post("/curation/upload")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        return location.substring(location.indexOf("document=") + "document=".length());
    }

    private static String token(Curator curator) {
        Matcher m =
                CSRF.matcher(curator.http().get("/curation").then().extract().asString());
        if (!m.find()) throw new AssertionError("no form token on /curation");
        return m.group(1);
    }

    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}

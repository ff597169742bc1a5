package in.prelims.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertThat(Downloads.safe("worksheet-seed-42-teacher.pdf")).isEqualTo("worksheet-seed-42-teacher.pdf");
        assertThat(Downloads.safe("a\"b\r\nc/../d.pdf")).isEqualTo("a-b--c-..-d.pdf");
        assertThat(Downloads.safe("../etc")).isEqualTo("etc");
        assertThat(Downloads.safe("\"")).isEqualTo("download");
    }

    @Test
    void theContentDispositionCarriesTheSafeName() {
        assertThat(Downloads.attachment("x", "text/plain", "q\"s.txt").getHeaderString("Content-Disposition"))
                .isEqualTo("attachment; filename=\"q-s.txt\"");
    }

    @Test
    void goingBackNeverLeavesTheSite() {
        assertThat(ErrorPolicy.back("http://localhost:8081/worksheets?sets=9")).isEqualTo("/worksheets?sets=9");
        assertThat(ErrorPolicy.back("https://evil.example")).isEqualTo("/");
        assertThat(ErrorPolicy.back("//evil.example/x")).isEqualTo("/x");
        assertThat(ErrorPolicy.back(null)).isEqualTo("/");
    }
}

package io.papershelf.export;

import static io.papershelf.export.PaperFixture.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Bibliographic;
import io.papershelf.model.Paper;
import io.papershelf.model.PublishedDate;

class CsvExportTest {

    private static String export(List<Paper> papers) throws IOException {
        StringWriter out = new StringWriter();
        new CsvExport().write(papers, out);
        return out.toString();
    }

    @Test
    void headerThenOneRowPerPaperWithCrlf() throws IOException {
        Paper lora = paper("LoRA").authors("Edward J. Hu", "Yelong Shen").published(2021, 6, 17).arxivId("2106.09685")
                .githubUrls("https://github.com/microsoft/LoRA").upvotes(12).comments(3).read(true)
                .tags("llm", "fine-tuning").build();
        Paper bare = paper("Phi-4").organization("Microsoft Research").build();

        assertThat(export(List.of(lora, bare))).isEqualTo(
                "title,authors,organization,published,arxivId,doi,venue,url,githubUrls,upvotes,comments,read,tags,notes\r\n"
                + "LoRA,Edward J. Hu; Yelong Shen,,2021-06-17,2106.09685,,,https://arxiv.org/abs/2106.09685,"
                + "https://github.com/microsoft/LoRA,12,3,true,llm; fine-tuning,\r\n"
                + "Phi-4,,Microsoft Research,,,,,,,,0,false,,\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() throws IOException {
        Paper p = paper("Scaling, \"Laws\"").notes("line one\nline two").tags("a,b").build();

        String row = export(List.of(p)).split("\r\n", 2)[1];

        assertThat(row).isEqualTo("\"Scaling, \"\"Laws\"\"\",,,,,,,,,,0,false,\"a,b\",\"line one\nline two\"\r\n");
    }

    @Test
    void datesAtTheirOwnPrecisionWithDoiAndVenue() throws IOException {
        Paper p = paper("Arithmetic").published(PublishedDate.ofYear(2010))
                .bibliographic(new Bibliographic("10.1007/978-1-4419-6345-1_12", "incollection",
                        "Handbook of Signal Processing Systems", null, null, "283–327", "Springer")).build();
        Paper month = paper("A month").published(PublishedDate.ofMonth(2001, 3)).build();

        String[] rows = export(List.of(p, month)).split("\r\n");

        assertThat(rows[1]).isEqualTo("Arithmetic,,,2010,,10.1007/978-1-4419-6345-1_12,Handbook of Signal Processing Systems,"
                + ",,,0,false,,");
        assertThat(rows[2]).startsWith("A month,,,2001-03,");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(CsvExport.cell("+1")).isEqualTo("'+1");
        assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\tx")).isEqualTo("'\tx");
        assertThat(CsvExport.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvExport.cell("")).isEmpty();
    }

    @Test
    void aFormulaInATitleIsDefusedInTheWrittenRow() throws IOException {
        String csv = export(List.of(paper("=cmd|' /C calc'!A0").build()));

        assertThat(csv.split("\r\n")[1]).startsWith("'=cmd|' /C calc'!A0,");
    }
}

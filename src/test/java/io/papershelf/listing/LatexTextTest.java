package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            Sch{\\"o}lkopf                  | Schölkopf
            Sch\\"olkopf                    | Schölkopf
            Herv{\\'e} J\\'{e}gou           | Hervé Jégou
            Fran{\\c{c}}ois                 | François
            Fran\\c cois                    | François
            {\\'\\i}ndice                   | índice
            Dvo{\\v{r}}{\\'a}k              | Dvořák
            {\\L}ukasz {\\O}stergaard       | Łukasz Østergaard
            Stra{\\ss}e                     | Straße
            R\\&D \\% \\$5 \\#1 a\\_b       | R&D % $5 #1 a_b
            2020--2025 ---                  | 2020–2025 —
            \\emph{Deep} \\textbf{Nets}     | Deep Nets
            {BERT} and {GPT}                | BERT and GPT
            a~b                             | a b
            The \\LaTeX{} book              | The LaTeX book
            $\\mathcal{O}(n)$ time          | $\\mathcal{O}(n)$ time
            \\url{https://x.org/a_b~c}      | https://x.org/a_b~c
            \\href{https://x.org}{site}     | site (https://x.org)
            \\textbraceleft{}x\\textbraceright{} \\textbackslash{}n | {x} \\n
            -{}-                            | --
            """)
    void decodes(String latex, String text) {
        assertThat(LatexText.decode(latex)).isEqualTo(text);
    }
}

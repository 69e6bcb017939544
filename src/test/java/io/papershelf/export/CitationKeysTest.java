package io.papershelf.export;

import static io.papershelf.export.PaperFixture.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Paper;

class CitationKeysTest {

    @Test
    void lastNameYearAndFirstSignificantTitleWord() {
        List<Paper> papers = List.of(
                paper("Attention Is All You Need").authors("Ashish Vaswani", "Noam Shazeer").published(2017, 6, 12).build(),
                paper("LoRA: Low-Rank Adaptation of Large Language Models").authors("Edward J. Hu").arxivId("2106.09685").build(),
                paper("On the Other Hand").authors("Lin, Wei").published(2026, 1, 5).build(),
                paper("Toward Causal Representation Learning").authors("Bernhard Schölkopf").published(2021, 2, 1).build(),
                paper("The 3 Body Problem").authors("Martin Luther King Jr.").build(),
                paper("Phi-4 Technical Report").organization("Microsoft Research").published(2024, 12, 12).build(),
                paper("Untitled Thoughts").authorCount(7).build(),
                paper("科学 Notes").authors("李明").arxivId("cs/0112017").build());

        assertThat(CitationKeys.assign(papers)).containsExactly("vaswani2017attention", "hu2021lora",
                "lin2026other", "scholkopf2021causal", "kingbody", "microsoft2024phi", "anonuntitled", "anon2001notes");
    }

    @Test
    void sharedKeysGetSuffixesInArxivIdOrderWhateverTheListOrder() {
        Paper late = paper("Scaling Laws").authors("Jared Kaplan").arxivId("2001.08361").id(3).build();
        Paper early = paper("Scaling Laws Again").authors("Jared Kaplan").arxivId("2001.00001").id(2).build();
        Paper noId = paper("Scaling Laws, the Sequel").authors("Jared Kaplan").published(2020, 5, 1).id(1).build();
        Paper other = paper("Other Work").authors("Jared Kaplan").published(2020, 1, 1).id(4).build();

        List<Paper> papers = List.of(noId, late, other, early);

        assertThat(CitationKeys.assign(papers))
                .containsExactly("kaplan2020scalingb", "kaplan2020scalinga", "kaplan2020other", "kaplan2020scaling");
    }

    @Test
    void keysAreStableAcrossRunsAndShufflesAndAllDistinct() {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            papers.add(paper("Deep Learning " + i).authors("Yann LeCun").published(2015, 5, 28).id(i).build());
        }
        papers.add(paper("Deep Learning").authors("Yann LeCun").published(2015, 5, 28).id(99).build());
        papers.add(paper("Deep learning!").authors("Someone Else").build());

        Map<Long, String> first = keysById(papers);
        Map<Long, String> again = keysById(papers);
        List<Paper> shuffled = new ArrayList<>(papers);
        Collections.shuffle(shuffled, new Random(7));
        Map<Long, String> afterShuffle = keysById(shuffled);

        assertThat(again).isEqualTo(first);
        assertThat(afterShuffle).isEqualTo(first);
        assertThat(CitationKeys.assign(papers)).doesNotHaveDuplicates().hasSize(42);
        assertThat(first.get(99L)).isEqualTo("lecun2015deep");
        assertThat(first.get(0L)).isEqualTo("lecun2015deepa");
        // "Deep Learning 39" is the 34th suffixed title in title order (0, 1, 10..19, 2, 20..29, 3, 30..39).
        assertThat(first.get(39L)).isEqualTo("lecun2015deepah");
    }

    private static Map<Long, String> keysById(List<Paper> papers) {
        List<String> keys = CitationKeys.assign(papers);
        Map<Long, String> byId = new HashMap<>();
        for (int i = 0; i < papers.size(); i++) {
            byId.put(papers.get(i).id(), keys.get(i));
        }
        return byId;
    }
}

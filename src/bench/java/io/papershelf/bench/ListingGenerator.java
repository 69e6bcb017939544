package io.papershelf.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import io.papershelf.model.TitleKey;

/**
 * Writes a Hugging Face papers page "copied as text" of N made-up papers, in the shape of
 * {@code src/test/resources/listings/daily-papers-search-2026-05-20.txt}: the page header, then cards of a
 * title line, a one-line abstract of about 1,500 characters, and usually a byline block ({@code • N authors}
 * or an organisation line, {@code ·}, a date line that may end with the comment count). About one card in
 * twelve has no byline block at all, as on the real page, and about one in four links its code on GitHub.
 *
 * <p>Deterministic: the same seed and counts give the same bytes. Titles are unique (by {@code TitleKey})
 * across every file one generator writes, so ten files of 10,000 make a library of 100,000 papers.
 *
 * <p>{@code java ... ListingGenerator OUT.txt [COUNT=10000] [SEED=42]}
 */
public final class ListingGenerator {
    private static final String HEADER = """
            new

            Get trending papers in your email inbox!

            Subscribe

            Daily Papers

            byAK and the research community

            May 20

            """;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEARLESS = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final LocalDate LISTING_DATE = LocalDate.of(2026, 5, 20);

    private static final String[] ADJECTIVES = {"Scalable", "Efficient", "Robust", "Sparse", "Adaptive",
        "Unified", "Latent", "Contrastive", "Hierarchical", "Multimodal", "Causal", "Federated", "Recursive",
        "Diffusion-Based", "Self-Supervised", "Lightweight", "Interpretable", "Generalizable", "Compositional",
        "Probabilistic", "Differentiable", "Long-Context", "Zero-Shot", "Few-Shot", "Reinforced", "Grounded",
        "Streaming", "Quantized", "Memory-Efficient", "Agentic", "Temporal", "Geometric", "Hybrid", "Modular"};
    private static final String[] NOUNS = {"Attention", "Transformers", "Retrieval", "Reasoning", "Agents",
        "Alignment", "Benchmarks", "Embeddings", "Tokenization", "Distillation", "Planning", "Graphs",
        "Language Models", "Vision Encoders", "Reward Models", "State Space Models", "Mixture of Experts",
        "Video Generation", "Speech Recognition", "Code Generation", "Theorem Proving", "World Models",
        "Preference Learning", "Tool Use", "Instruction Tuning", "Search", "Segmentation", "Point Clouds",
        "Recommender Systems", "Time Series", "Protein Design", "Robot Manipulation", "Program Synthesis"};
    private static final String[] PURPOSES = {"for", "via", "with", "beyond", "through", "under", "without"};
    private static final String[] TOPICS = {"Scientific Discovery", "Medical Imaging", "Low-Resource Languages",
        "Long Documents", "Autonomous Driving", "Edge Devices", "Open-Domain Question Answering",
        "Mathematical Reasoning", "Web Navigation", "Multilingual Translation", "Climate Forecasting",
        "Clinical Notes", "Legal Text", "Software Engineering", "Chemistry", "Education", "Finance",
        "Human Feedback", "Noisy Labels", "Distribution Shift", "Adversarial Attacks", "Privacy"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ne", "to", "vi", "sa", "qu", "ze",
        "po", "li", "da", "xo", "fe", "gu", "ro", "ti", "na", "be"};
    /**
     * The head of the abstracts' vocabulary, most frequent first: function words, then the words of machine
     * learning papers. Made-up words follow them (see {@link #vocabulary}), and words are drawn by Zipf's law,
     * so a common word is in most abstracts and a rare one in a few, as in a real collection of abstracts.
     */
    private static final String[] COMMON_WORDS = ("the of and to a in we that for is on with our this as by are "
            + "be from an which can these it at or such show their both than not has have while into more "
            + "model models data learning results training performance method approach language task tasks "
            + "large methods framework propose based using existing network neural state art however also "
            + "new evaluation two different across demonstrate improve paper datasets via benchmark achieves "
            + "models significantly each time information over prior through further without whether under "
            + "generation inference reasoning accuracy efficient knowledge address between well real world "
            + "representation representations multiple high quality robust robustness low cost scale scaling "
            + "attention transformer transformers retrieval agents agent alignment reward policy reinforcement "
            + "generative diffusion image images video text visual vision multimodal speech audio graph graphs "
            + "tokens token context long sequence memory planning search tool tools code program programs "
            + "mathematical theorem proof symbolic causal counterfactual interpretability explanations fairness "
            + "bias safety privacy security adversarial attack attacks defense uncertainty calibration "
            + "distillation teacher student pruning quantization sparse dense mixture experts routing compute "
            + "latency throughput hardware gpu memory efficient parameter parameters fine tuning finetuning "
            + "pretraining pretrained instruction instructions preference preferences human feedback "
            + "supervised unsupervised self contrastive transfer domain adaptation generalization zero few "
            + "shot prompt prompts prompting chain thought embedding embeddings latent space encoder decoder "
            + "autoregressive masked loss objective optimization gradient gradients stochastic convergence "
            + "theoretical empirical analysis study studies experiments experimental extensive ablation "
            + "baselines baseline outperforms outperforming competitive simple effective novel introduce "
            + "present evaluate evaluated analyze understanding limited limitations challenge challenges "
            + "problem problems solution solutions capability capabilities ability abilities behavior "
            + "structure structured temporal spatial dynamics dynamic environment environments simulation "
            + "robot robotic manipulation navigation autonomous driving medical clinical biomedical protein "
            + "molecular chemistry physics climate weather financial legal education recommendation "
            + "recommender segmentation detection classification regression clustering forecasting "
            + "translation summarization dialogue question answering benchmarks metrics metric human "
            + "annotations annotated synthetic noisy labels label distribution shift open source released "
            + "publicly available scalable lightweight modular hierarchical recursive iterative online offline "
            + "streaming federated distributed parallel decentralized probabilistic bayesian variational "
            + "kernel spectral geometric manifold topology convex nonconvex linear nonlinear regime").split(" ");
    private static final int VOCABULARY = 30_000;
    private static final String[] ABSTRACT_OPENINGS = {"We introduce %s, a ", "We present %s, which ",
        "This paper proposes %s to ", "In this work we study how ", "Recent advances in ", "Despite progress in ",
        "We propose %s for "};
    private static final String[][] ORGANISATIONS = {{"MicrosoftResearch", "Microsoft Research"},
        {"google", "Google"}, {"meta-llama", "Meta Llama"}, {"nvidia", "NVIDIA"}, {"allenai", "Ai2"},
        {"stanfordnlp", "Stanford NLP"}, {"Qwen", "Qwen"}, {"deepseek-ai", "DeepSeek"},
        {"huggingface", "Hugging Face"}, {"mistralai", "Mistral AI"}, {"tsinghua", "Tsinghua University"},
        {"kigland", "KIG.LAND"}};

    private final Random random;
    private final String[] vocabulary;
    private final double[] cumulative;
    private final Set<String> titleKeys = new HashSet<>();
    private int serial;

    public ListingGenerator(long seed) {
        this.random = new Random(seed);
        this.vocabulary = vocabulary(new Random(seed));
        this.cumulative = cumulative(vocabulary.length);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ListingGenerator OUT.txt [COUNT=10000] [SEED=42]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        new ListingGenerator(seed).write(out, count);
        System.out.printf("Wrote %,d papers to %s (%,d bytes)%n", count, out, Files.size(out));
    }

    /** Writes {@code count} cards to {@code file}, replacing it; no title repeats one this generator wrote before. */
    public void write(Path file, int count) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = 0; i < count; i++) {
                writeCard(w);
            }
        }
    }

    private void writeCard(Writer w) throws IOException {
        String name = name();
        String title = uniqueTitle(name);
        w.write(title);
        w.write("\n\n");
        w.write(abstractText(name));
        w.write("\n\n");
        int byline = random.nextInt(12);
        if (byline == 0) {
            return; // no byline block: the card is a title and an abstract only
        }
        if (byline == 1) {
            String[] org = ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
            w.write(org[0] + " " + org[1] + "\n");
        } else {
            w.write("  • " + (1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 9)) + " authors\n");
        }
        w.write("·\n");
        LocalDate published = LISTING_DATE.minusDays(random.nextInt(3 * 365));
        String date = published.getYear() == LISTING_DATE.getYear() ? YEARLESS.format(published)
                : DATE.format(published);
        int comments = random.nextInt(4) == 0 ? 1 + random.nextInt(30) : 0;
        w.write(comments > 0 ? date + " " + comments : date);
        w.write("\n\n");
    }

    private String uniqueTitle(String name) {
        while (true) {
            String title = switch (random.nextInt(3)) {
                case 0 -> name + ": " + pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(PURPOSES) + " "
                        + pick(TOPICS);
                case 1 -> pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(PURPOSES) + " " + pick(ADJECTIVES)
                        + " " + pick(TOPICS);
                default -> "On the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " of " + pick(TOPICS) + ": "
                        + name + " " + pick(NOUNS);
            };
            if (titleKeys.add(TitleKey.of(title))) {
                return title;
            }
            // A few hundred combinations repeat at 100,000: make this one unique by a serial number.
            String numbered = title + " " + Integer.toString(++serial, 36).toUpperCase(Locale.ROOT);
            if (titleKeys.add(TitleKey.of(numbered))) {
                return numbered;
            }
        }
    }

    private String name() {
        StringBuilder b = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        if (random.nextBoolean()) {
            b.append(random.nextBoolean() ? "-" + (1 + random.nextInt(9)) : "Bench");
        }
        return b.toString();
    }

    private String abstractText(String name) {
        StringBuilder b = new StringBuilder(1800);
        int target = 1300 + random.nextInt(400);
        b.append(ABSTRACT_OPENINGS[random.nextInt(ABSTRACT_OPENINGS.length)].formatted(name));
        boolean first = true;
        while (b.length() < target) {
            int words = 10 + random.nextInt(18);
            for (int i = 0; i < words; i++) {
                String w = word();
                if (i == 0 && !first) {
                    b.append(' ').append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
                } else {
                    b.append(i == 0 ? "" : i > 3 && random.nextInt(12) == 0 ? ", " : " ").append(w);
                }
            }
            b.append(random.nextInt(10) == 0 ? " (" + name + ")." : ".");
            first = false;
        }
        if (random.nextInt(4) == 0) {
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            b.append(" Code is available at https://github.com/").append(slug).append("-lab/").append(slug).append('.');
        }
        return b.toString();
    }

    /** A word by Zipf's law over the vocabulary (rank r drawn with weight 1 / (r + 2)). */
    private String word() {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return vocabulary[i >= 0 ? i : Math.min(-i - 1, vocabulary.length - 1)];
    }

    /** The common words, then made-up words of two to four syllables for the long tail. */
    private static String[] vocabulary(Random random) {
        String[] words = new String[VOCABULARY];
        Set<String> seen = new HashSet<>(List.of(COMMON_WORDS));
        System.arraycopy(COMMON_WORDS, 0, words, 0, COMMON_WORDS.length);
        for (int i = COMMON_WORDS.length; i < words.length; i++) {
            String w;
            do {
                StringBuilder b = new StringBuilder();
                int n = 2 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                w = b.toString();
            } while (!seen.add(w));
            words[i] = w;
        }
        return words;
    }

    private static double[] cumulative(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 2);
            c[r] = sum;
        }
        return c;
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }
}

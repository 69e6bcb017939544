package io.papershelf.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Samples of one measurement in milliseconds (or megabytes), with the order statistics the report gives. */
record Stats(List<Double> samples) {
    Stats {
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
    }

    private List<Double> sorted() {
        List<Double> s = new ArrayList<>(samples);
        Collections.sort(s);
        return s;
    }

    double median() {
        List<Double> s = sorted();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** The nearest-rank 95th percentile. */
    double p95() {
        List<Double> s = sorted();
        int rank = (int) Math.ceil(0.95 * s.size());
        return s.get(Math.max(0, rank - 1));
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        return sorted().get(samples.size() - 1);
    }

    int n() {
        return samples.size();
    }
}

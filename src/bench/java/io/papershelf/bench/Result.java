package io.papershelf.bench;

/**
 * One line of the report: what was measured, its figures, and the target it is held against. {@code limit}
 * is compared with the median, or with the p95 when {@code onP95}; a NaN limit means "for reference".
 */
record Result(String bench, String what, Stats stats, String unit, double limit, boolean onP95, String note) {
    static Result of(String bench, String what, Stats stats, double limit, boolean onP95) {
        return new Result(bench, what, stats, "ms", limit, onP95, "");
    }

    static Result info(String bench, String what, Stats stats, String unit) {
        return new Result(bench, what, stats, unit, Double.NaN, false, "");
    }

    Result withNote(String text) {
        return new Result(bench, what, stats, unit, limit, onP95, text);
    }

    Result withUnit(String u) {
        return new Result(bench, what, stats, u, limit, onP95, note);
    }

    double measured() {
        return onP95 ? stats.p95() : stats.median();
    }

    String verdict() {
        if (Double.isNaN(limit)) {
            return "";
        }
        double m = measured();
        if (m < limit) {
            return "met";
        }
        return "missed by %s%s (%.0f%%)".formatted(fmt(m - limit), unit.equals("x") ? "x" : " " + unit,
                100 * (m - limit) / limit);
    }

    String target() {
        if (Double.isNaN(limit)) {
            return "";
        }
        return (onP95 ? "p95 < " : "< ") + fmt(limit) + (unit.equals("x") ? "x" : " " + unit);
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Math.abs(v) >= 100) {
            return "%.0f".formatted(v);
        }
        if (Math.abs(v) >= 10) {
            return "%.1f".formatted(v);
        }
        return "%.2f".formatted(v);
    }
}

package dev.viva.calibration.metrics;

import java.util.Locale;

/**
 * How closely predicted scores agree with gold (human) scores on the data set's scale. Correlations
 * and kappa are {@code null} where undefined (constant input); the error measures are in scale units.
 *
 * @param exact    share of pairs in the same category of the {@link ScoreScale}
 * @param adjacent share of pairs at most one category apart
 */
public record Agreement(int n, Double pearson, Double spearman, Double qwk, Double mae, Double rmse, Double exact,
        Double adjacent) {

    public static Agreement of(double[] predicted, double[] gold, ScoreScale scale) {
        return of(predicted, gold, scale, null);
    }

    /**
     * As {@link #of(double[], double[], ScoreScale)}, with the correlations taken over score / max when
     * {@code max} is given: where questions have different maxima, pooled raw scores would correlate through
     * the maxima alone (a grader giving every answer 70% of its maximum would score a high r).
     */
    public static Agreement of(double[] predicted, double[] gold, ScoreScale scale, double[] max) {
        Correlation.requireSameLength(predicted, gold);
        int n = predicted.length;
        if (n == 0) {
            return new Agreement(0, null, null, null, null, null, null, null);
        }
        double abs = 0;
        double sq = 0;
        int exact = 0;
        int adjacent = 0;
        int[] p = scale.categories(predicted);
        int[] g = scale.categories(gold);
        for (int i = 0; i < n; i++) {
            double d = predicted[i] - gold[i];
            abs += Math.abs(d);
            sq += d * d;
            int gap = Math.abs(p[i] - g[i]);
            exact += gap == 0 ? 1 : 0;
            adjacent += gap <= 1 ? 1 : 0;
        }
        double[] p1 = max == null ? predicted : divide(predicted, max);
        double[] g1 = max == null ? gold : divide(gold, max);
        return new Agreement(n, Correlation.pearson(p1, g1), Correlation.spearman(p1, g1),
                QuadraticWeightedKappa.of(p, g), abs / n, Math.sqrt(sq / n), (double) exact / n,
                (double) adjacent / n);
    }

    private static double[] divide(double[] v, double[] by) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / by[i];
        }
        return out;
    }

    /** One row of a plain-text table: n, r, rho, QWK, MAE, RMSE, exact, adjacent. */
    public String row() {
        return String.format(Locale.ROOT, "%6d %7s %7s %7s %7s %7s %7s %7s", n, f(pearson), f(spearman), f(qwk),
                f(mae), f(rmse), f(exact), f(adjacent));
    }

    public static String header() {
        return String.format(Locale.ROOT, "%6s %7s %7s %7s %7s %7s %7s %7s", "n", "r", "rho", "QWK", "MAE", "RMSE",
                "exact", "adjac.");
    }

    private static String f(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}

package dev.viva.calibration.metrics;

/**
 * Cohen's kappa with quadratic weights over integer categories: 1 - sum(w * observed) / sum(w * expected),
 * w = (i - j)^2, expected from the two raters' marginals. Undefined ({@code null}) when the expected
 * disagreement is zero (both raters constant on the same category, or no pairs).
 */
public final class QuadraticWeightedKappa {

    private QuadraticWeightedKappa() {
    }

    public static Double of(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired ratings of different lengths");
        }
        int n = a.length;
        if (n == 0) {
            return null;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, Math.min(a[i], b[i]));
            max = Math.max(max, Math.max(a[i], b[i]));
        }
        int k = max - min + 1;
        double[][] observed = new double[k][k];
        double[] rowA = new double[k];
        double[] colB = new double[k];
        for (int i = 0; i < n; i++) {
            observed[a[i] - min][b[i] - min]++;
            rowA[a[i] - min]++;
            colB[b[i] - min]++;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = (double) (i - j) * (i - j);
                num += w * observed[i][j] / n;
                den += w * (rowA[i] / n) * (colB[j] / n);
            }
        }
        return den == 0 ? null : 1 - num / den;
    }
}

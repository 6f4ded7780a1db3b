package dev.viva.calibration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Agreement between predicted and gold scores: Pearson, Spearman, MAE, RMSE. */
public record Agreement(int n, double pearson, double spearman, double mae, double rmse) {

    public static Agreement of(double[] predicted, double[] gold) {
        int n = predicted.length;
        double mae = 0;
        double se = 0;
        for (int i = 0; i < n; i++) {
            double d = predicted[i] - gold[i];
            mae += Math.abs(d);
            se += d * d;
        }
        return new Agreement(n, pearson(predicted, gold), pearson(ranks(predicted), ranks(gold)),
                n == 0 ? Double.NaN : mae / n, n == 0 ? Double.NaN : Math.sqrt(se / n));
    }

    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** Average ranks (ties share the mean rank), for Spearman's rho. */
    static double[] ranks(double[] v) {
        Integer[] order = IntStream.range(0, v.length).boxed().sorted(Comparator.comparingDouble(i -> v[i]))
                .toArray(Integer[]::new);
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = rank;
            }
            i = j + 1;
        }
        return r;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "n=%d  Pearson %.3f  Spearman %.3f  MAE %.3f  RMSE %.3f", n,
                pearson, spearman, mae, rmse);
    }
}

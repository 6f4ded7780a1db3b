package dev.viva.calibration.metrics;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Pearson's r and Spearman's rho. A correlation with a constant side (or fewer than two pairs) is
 * undefined and returned as {@code null}, never NaN, so that it reads as "undefined" in JSON.
 */
public final class Correlation {

    /** A sum of squared deviations below this is a constant side up to rounding (0.7 * 3 / 3 is not 0.7). */
    private static final double CONSTANT = 1e-12;

    private Correlation() {
    }

    public static Double pearson(double[] x, double[] y) {
        requireSameLength(x, y);
        int n = x.length;
        if (n < 2) {
            return null;
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx < CONSTANT || syy < CONSTANT) {
            return null;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    /** Pearson's r of the average ranks (tied values share the mean of the ranks they span). */
    public static Double spearman(double[] x, double[] y) {
        requireSameLength(x, y);
        return pearson(averageRanks(x), averageRanks(y));
    }

    /** Ranks from 1; ties share the mean of the ranks they span ({1, 2, 2, 3} gives {1, 2.5, 2.5, 4}). */
    public static double[] averageRanks(double[] v) {
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

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static void requireSameLength(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired values of different lengths: " + x.length + " and " + y.length);
        }
    }
}

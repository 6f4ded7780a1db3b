package dev.viva.grading.offline;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Weighted ridge regression without an intercept column of its own: minimises
 * {@code sum w_i (y_i - a.x_i)^2 + lambda * sum_j (sd_j a_j)^2} over the columns that are penalised, so that
 * the penalty does not depend on a feature's unit. Solved in closed form (commons-math3's LU decomposition).
 */
final class RidgeFit {

    private RidgeFit() {
    }

    /**
     * @param penalised per column, whether the penalty applies (the column that stands for the intercept is not)
     */
    static double[] fit(double[][] x, double[] y, double[] w, double lambda, boolean[] penalised) {
        int d = x[0].length;
        double[][] xtx = new double[d][d];
        double[] xty = new double[d];
        double totalWeight = 0;
        double[] mean = new double[d];
        for (int i = 0; i < x.length; i++) {
            totalWeight += w[i];
            for (int j = 0; j < d; j++) {
                mean[j] += w[i] * x[i][j];
                xty[j] += w[i] * x[i][j] * y[i];
                for (int k = 0; k < d; k++) {
                    xtx[j][k] += w[i] * x[i][j] * x[i][k];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= totalWeight;
        }
        for (int j = 0; j < d; j++) {
            if (penalised[j]) {
                double variance = xtx[j][j] / totalWeight - mean[j] * mean[j];
                xtx[j][j] += lambda * totalWeight * Math.max(variance, 1e-9);
            }
        }
        RealMatrix a = new Array2DRowRealMatrix(xtx, false);
        return new LUDecomposition(a).getSolver().solve(new ArrayRealVector(xty, false)).toArray();
    }
}

package dev.viva.calibration.metrics;

/**
 * The steps of a data set's human scores, for the measures that need categories (kappa, exact and
 * adjacent agreement). The step is 1 when every human score is a whole number, 0.5 when every one is
 * a multiple of a half (Mohler: the mean of two graders), otherwise 0.25 (SAF's points). Any score,
 * human or Viva's mapped one, falls into the category of the nearest multiple of the step:
 * category = round(score / step), so with step 0.5 a 3.74 is category 7 (3.5) and 3.75 category 8 (4.0).
 */
public record ScoreScale(double step) {

    private static final double EPS = 1e-6;

    public static ScoreScale of(double[] humanScores) {
        for (double step : new double[] {1, 0.5}) {
            if (allMultiples(humanScores, step)) {
                return new ScoreScale(step);
            }
        }
        return new ScoreScale(0.25);
    }

    public int category(double score) {
        return (int) Math.round(score / step + EPS);
    }

    public int[] categories(double[] scores) {
        int[] c = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            c[i] = category(scores[i]);
        }
        return c;
    }

    private static boolean allMultiples(double[] values, double step) {
        for (double v : values) {
            double q = v / step;
            if (Math.abs(q - Math.rint(q)) > EPS) {
                return false;
            }
        }
        return true;
    }
}

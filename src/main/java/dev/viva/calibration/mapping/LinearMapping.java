package dev.viva.calibration.mapping;

import java.util.Map;

/** Least squares on the fitting split: fraction = intercept + slope * viva / 100, clipped to 0..1. */
record LinearMapping(double intercept, double slope) implements FittedMapping {

    static FittedMapping fit(double[] viva, double[] humanFraction) {
        int n = viva.length;
        if (n == 0) {
            return FittedMapping.IDENTITY;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += viva[i] / 100;
            my += humanFraction[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (viva[i] / 100 - mx) * (humanFraction[i] - my);
            sxx += (viva[i] / 100 - mx) * (viva[i] / 100 - mx);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new LinearMapping(my - slope * mx, slope);
    }

    @Override
    public double fraction(double viva) {
        return FittedMapping.clip(intercept + slope * viva / 100);
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("formula", "clip(intercept + slope * score / 100, 0, 1) * max_score", "intercept",
                Math.round(intercept * 1e4) / 1e4, "slope", Math.round(slope * 1e4) / 1e4);
    }
}

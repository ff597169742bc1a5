package in.prelims.study;

import java.util.Arrays;
import java.util.List;

/**
 * The FSRS-6 settings, as ts-fsrs names them. The weights are clipped to their allowed ranges on
 * construction, exactly as ts-fsrs clips them.
 *
 * @param w                21 weights
 * @param requestRetention the recall probability a review is scheduled at, 0 to 1
 * @param learningSteps    minutes between the first reviews of a new card
 * @param relearningSteps  minutes between reviews of a forgotten card
 */
record FsrsParameters(
        double[] w,
        double requestRetention,
        int maximumInterval,
        boolean enableFuzz,
        boolean enableShortTerm,
        List<Integer> learningSteps,
        List<Integer> relearningSteps) {

    static final double[] DEFAULT_W = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;

    FsrsParameters {
        if (w.length != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, not " + w.length);
        }
        if (!(requestRetention > 0 && requestRetention <= 1)) {
            throw new IllegalArgumentException("retention must be above 0 and at most 1: " + requestRetention);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        w = clip(w, relearningSteps.size(), enableShortTerm);
    }

    /** ts-fsrs's defaults: 90% retention, 36500 days at most, no fuzz, steps of 1 and 10 minutes, then 10. */
    static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_W, 0.9, 36500, false, true, List.of(1, 10), List.of(10));
    }

    FsrsParameters withRetention(double retention) {
        return new FsrsParameters(
                w, retention, maximumInterval, enableFuzz, enableShortTerm, learningSteps, relearningSteps);
    }

    FsrsParameters withMaximumInterval(int days) {
        return new FsrsParameters(
                w, requestRetention, days, enableFuzz, enableShortTerm, learningSteps, relearningSteps);
    }

    FsrsParameters withFuzz(boolean fuzz) {
        return new FsrsParameters(
                w, requestRetention, maximumInterval, fuzz, enableShortTerm, learningSteps, relearningSteps);
    }

    private static double[] clip(double[] given, int relearningSteps, boolean shortTerm) {
        double[][] range = {
            {S_MIN, 100},
            {S_MIN, 100},
            {S_MIN, 100},
            {S_MIN, 100},
            {1, 10},
            {0.001, 4},
            {0.001, 4},
            {0.001, 0.75},
            {0, 4.5},
            {0, 0.8},
            {0.001, 3.5},
            {0.001, 5},
            {0.001, 0.25},
            {0.001, 0.9},
            {0, 4},
            {0, 1},
            {1, 6},
            {0, 2},
            {0, 2},
            {shortTerm ? 0.01 : 0, 0.8},
            {0.1, 0.8}
        };
        if (relearningSteps > 1) {
            // several relearning steps must not raise stability above what a lapse leaves: bound w17 * w18
            double w11 = Fsrs.clamp(given[11], range[11][0], range[11][1]);
            double w13 = Fsrs.clamp(given[13], range[13][0], range[13][1]);
            double w14 = Fsrs.clamp(given[14], range[14][0], range[14][1]);
            double value =
                    -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2, w13) - 1) + w14 * 0.3) / relearningSteps;
            double ceiling = Fsrs.clamp(Fsrs.roundTo(StrictMath.sqrt(Math.max(value, 0)), 8), 0.01, 2);
            range[17][1] = ceiling;
            range[18][1] = ceiling;
        }
        double[] w = new double[21];
        for (int i = 0; i < 21; i++) {
            w[i] = Fsrs.clamp(Double.isNaN(given[i]) ? 0 : given[i], range[i][0], range[i][1]);
        }
        return w;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FsrsParameters p
                && Arrays.equals(w, p.w)
                && requestRetention == p.requestRetention
                && maximumInterval == p.maximumInterval
                && enableFuzz == p.enableFuzz
                && enableShortTerm == p.enableShortTerm
                && learningSteps.equals(p.learningSteps)
                && relearningSteps.equals(p.relearningSteps);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w) * 31 + learningSteps.hashCode();
    }

    @Override
    public String toString() {
        return "FsrsParameters[w=" + Arrays.toString(w) + ", retention=" + requestRetention + ", maximum="
                + maximumInterval + ", fuzz=" + enableFuzz + ", shortTerm=" + enableShortTerm + ", steps="
                + learningSteps + ", relearning=" + relearningSteps + "]";
    }
}

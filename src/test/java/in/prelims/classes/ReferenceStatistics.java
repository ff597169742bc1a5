package in.prelims.classes;

import java.util.Arrays;

/**
 * A second, deliberately plain implementation of the figures, written from the formulas rather than
 * from ItemStatistics: raw sums instead of deviations.
 *
 * <ul>
 *   <li>facility F = (x̄ − worst) / (best − worst), Moodle's x̄ / max with the negative floor
 *       (question/classes/statistics/questions/calculator.php, initial_question_walker);
 *   <li>SD = √(Σ(x − x̄)² / (n − 1)) / (best − worst);
 *   <li>discrimination index = 100 · r(x, X − x), Pearson's r of the item and the rest of the test,
 *       r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)) (calculator.php, secondary_question_walker);
 *   <li>discriminative efficiency = 100 · cov(x, X − x) / cov(sorted x, sorted X − x);
 *   <li>CIC = 100 · k/(k − 1) · (1 − Σ s²ᵢ / s²_X), Cronbach's alpha; error ratio = 100 √(1 − CIC/100);
 *       standard error = error ratio · s_X / 100 (mod/quiz/classes/statistics/calculator.php).
 * </ul>
 */
final class ReferenceStatistics {

    private ReferenceStatistics() {}

    static double facility(double[] x, double best, double worst) {
        return 100 * (Arrays.stream(x).average().orElseThrow() - worst) / (best - worst);
    }

    static double sd(double[] x, double best, double worst) {
        return 100 * Math.sqrt(variance(x)) / (best - worst);
    }

    static double discrimination(double[] x, double[] rest) {
        int n = x.length;
        double sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sx += x[i];
            sy += rest[i];
            sxy += x[i] * rest[i];
            sxx += x[i] * x[i];
            syy += rest[i] * rest[i];
        }
        return 100 * (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    }

    static double efficiency(double[] x, double[] rest) {
        double[] xs = x.clone();
        double[] rs = rest.clone();
        Arrays.sort(xs);
        Arrays.sort(rs);
        return 100 * covariance(x, rest) / covariance(xs, rs);
    }

    static double cic(double[][] marks) {
        int k = marks[0].length;
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            itemVariances += variance(column(marks, i));
        }
        return 100.0 * k / (k - 1) * (1 - itemVariances / variance(totals(marks)));
    }

    static double standardError(double[][] marks) {
        double errorRatio = 100 * Math.sqrt(1 - cic(marks) / 100);
        return errorRatio * Math.sqrt(variance(totals(marks))) / 100;
    }

    static double[] column(double[][] marks, int i) {
        return Arrays.stream(marks).mapToDouble(r -> r[i]).toArray();
    }

    static double[] rest(double[][] marks, int i) {
        return Arrays.stream(marks)
                .mapToDouble(r -> Arrays.stream(r).sum() - r[i])
                .toArray();
    }

    static double[] totals(double[][] marks) {
        return Arrays.stream(marks).mapToDouble(r -> Arrays.stream(r).sum()).toArray();
    }

    private static double variance(double[] v) {
        int n = v.length;
        double s = 0, ss = 0;
        for (double x : v) {
            s += x;
            ss += x * x;
        }
        return (ss - s * s / n) / (n - 1);
    }

    private static double covariance(double[] a, double[] b) {
        int n = a.length;
        double sa = 0, sb = 0, sab = 0;
        for (int i = 0; i < n; i++) {
            sa += a[i];
            sb += b[i];
            sab += a[i] * b[i];
        }
        return (sab - sa * sb / n) / (n - 1);
    }
}

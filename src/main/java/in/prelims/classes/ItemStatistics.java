package in.prelims.classes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Moodle's item and test statistics (question/classes/statistics/questions/calculator.php and
 * mod/quiz/classes/statistics/calculator.php), on final marks that may be negative: an item's marks
 * range over [worst, best], so facility and SD are taken over that range, not over [0, best].
 */
final class ItemStatistics {

    private ItemStatistics() {}

    static PaperFigures of(Responses r) {
        int n = r.students();
        int k = r.items();
        double[] totals = new double[n];
        for (int s = 0; s < n; s++) {
            totals[s] = r.total(s);
        }
        double totalMean = mean(totals);
        double totalVariance = n > 1 ? squares(totals, totalMean) / (n - 1) : 0;
        boolean[] top = topThird(totals);
        List<ItemFigures> items = new ArrayList<>();
        double sumOfItemVariances = 0;
        double range = r.best() - r.worst();
        for (int i = 0; i < k; i++) {
            double[] x = new double[n];
            double[] rest = new double[n];
            for (int s = 0; s < n; s++) {
                x[s] = r.marks()[s][i];
                rest[s] = totals[s] - x[s];
            }
            double xMean = mean(x);
            double restMean = mean(rest);
            double xVar = n > 1 ? squares(x, xMean) / (n - 1) : 0;
            double restVar = n > 1 ? squares(rest, restMean) / (n - 1) : 0;
            double cov = n > 1 ? products(x, xMean, rest, restMean) / (n - 1) : 0;
            double[] xs = x.clone();
            double[] rs = rest.clone();
            Arrays.sort(xs);
            Arrays.sort(rs);
            double covMax = n > 1 ? products(xs, xMean, rs, restMean) / (n - 1) : 0;
            sumOfItemVariances += xVar;
            Double discrimination = xVar * restVar > 0 ? 100 * cov / Math.sqrt(xVar * restVar) : null;
            Double efficiency = covMax != 0 ? 100 * cov / covMax : null;
            items.add(choices(
                    r,
                    i,
                    top,
                    n == 0 ? 0 : 100 * (xMean - r.worst()) / range,
                    100 * Math.sqrt(xVar) / range,
                    discrimination,
                    efficiency));
        }
        Double cic = null;
        Double errorRatio = null;
        Double standardError = null;
        if (n > 1 && k > 1 && totalVariance > 0) {
            cic = 100.0 * k / (k - 1) * (1 - sumOfItemVariances / totalVariance);
            errorRatio = cic <= 100 ? 100 * Math.sqrt(1 - cic / 100) : null;
            standardError = errorRatio == null ? null : errorRatio * Math.sqrt(totalVariance) / 100;
        }
        return new PaperFigures(
                n, totalMean, Math.sqrt(totalVariance), cic, errorRatio, standardError, List.copyOf(items));
    }

    private static ItemFigures choices(
            Responses r, int i, boolean[] top, double facility, double sd, Double discrimination, Double efficiency) {
        int options = r.options()[i];
        int[] all = new int[options];
        int[] best = new int[options];
        int blank = 0;
        int topCount = 0;
        for (int s = 0; s < r.students(); s++) {
            topCount += top[s] ? 1 : 0;
            int c = r.chosen()[s][i];
            if (c < 0) {
                blank++;
                continue;
            }
            all[c]++;
            best[c] += top[s] ? 1 : 0;
        }
        int key = r.keys()[i];
        boolean beaten = false;
        for (int o = 0; o < options; o++) {
            beaten |= o != key && best[o] > best[key];
        }
        return new ItemFigures(
                i,
                facility,
                sd,
                discrimination,
                efficiency,
                percents(all, r.students()),
                percent(blank, r.students()),
                percents(best, topCount),
                key,
                discrimination != null && discrimination < ItemFigures.LOW_DISCRIMINATION,
                beaten);
    }

    /** The top third by total marks (at least one student); ties at the cut go by the order given. */
    static boolean[] topThird(double[] totals) {
        int n = totals.length;
        boolean[] top = new boolean[n];
        int size = n == 0 ? 0 : Math.max(1, Math.round(n / 3f));
        IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer s) -> -totals[s]))
                .limit(size)
                .forEach(s -> top[s] = true);
        return top;
    }

    private static double[] percents(int[] counts, int of) {
        return Arrays.stream(counts).mapToDouble(c -> percent(c, of)).toArray();
    }

    private static double percent(int count, int of) {
        return of == 0 ? 0 : 100.0 * count / of;
    }

    private static double mean(double[] v) {
        return v.length == 0 ? 0 : Arrays.stream(v).sum() / v.length;
    }

    private static double squares(double[] v, double mean) {
        double sum = 0;
        for (double x : v) {
            sum += (x - mean) * (x - mean);
        }
        return sum;
    }

    private static double products(double[] a, double aMean, double[] b, double bMean) {
        double sum = 0;
        for (int s = 0; s < a.length; s++) {
            sum += (a[s] - aMean) * (b[s] - bMean);
        }
        return sum;
    }
}

package in.prelims.generation;

import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Engine benchmark over a SYNTHETIC fact base (see {@link SyntheticFactBase}); run by
 * bench/engine-benchmark.sh. Arguments: [facts, default 50000] [folder, default target/bench-facts].
 * Prints one "name value unit" line per figure.
 */
public final class EngineBenchmark {

    /**
     * Requests before the timed ones. The JIT compiler goes on compiling the engine for about the first 1,000 (their
     * mean CPU time falls from 16 to 6 ms); the timed requests measure a server past that, as it answers most of its
     * requests. {@code *_jit_compile} shows how much compiling still went on while they ran.
     */
    private static final int WARM_UP = 1500;

    private static final int REQUESTS = 1000;
    private static final int QUIZ = 100;

    private EngineBenchmark() {}

    public static void main(String[] args) throws Exception {
        int facts = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-facts");
        SyntheticFactBase.write(dir, facts);
        // Quarkus has set up logging before it loads the facts; here the first logger (the quality
        // gate's) would look for a log manager inside the timed load, so that is done first
        long logging = System.nanoTime();
        org.jboss.logging.Logger.getLogger(EngineBenchmark.class);
        print("logging_setup_before_load", (System.nanoTime() - logging) / 1e6, "ms");

        long cpuBefore = processCpu();
        long start = System.nanoTime();
        FactBase base = FactBaseLoader.load(dir);
        long loaded = System.nanoTime();
        Engine engine = new Engine(base, TemplateReader.load(Path.of("templates")), "upsc");
        long indexed = System.nanoTime();
        long cpuAfter = processCpu();
        print("facts", base.facts().size(), "facts");
        print("load_yaml", (loaded - start) / 1e6, "ms");
        print("build_index", (indexed - loaded) / 1e6, "ms");
        print("load_total", (indexed - start) / 1e6, "ms");
        print("load_total_process_cpu", (cpuAfter - cpuBefore) / 1e6, "ms");
        print("heap_after_load", heapAfterGc() / 1e6, "MB");

        long compiledBefore = compiled();
        for (int i = 0; i < WARM_UP; i++) engine.generate(request(i, Set.of()));
        print("warm_up_requests", WARM_UP, "requests");
        print("warm_up_jit_compile", compiled() - compiledBefore, "ms");
        print("machine_reference_before", reference(), "ms");
        latencies("quiz100_all_kinds", engine, Set.of());
        print("machine_reference_after", reference(), "ms");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Kind kind : Kind.values()) {
            long t = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 100; i++)
                engine.generate(new QuestionRequest(QUIZ, i, Set.of(kind), Set.of(), Set.of()));
            print("per_question_cpu_" + kind.slug(), (threads.getCurrentThreadCpuTime() - t) / 1e3 / 100 / QUIZ, "us");
        }
        latencies("quiz100_topic_filter", engine, Set.of("topic-17", "survey"));
        print("heap_after_requests", heapAfterGc() / 1e6, "MB");
        System.out.println("keep " + engine.index().all().size());
    }

    /** Wall-clock time per request, and the thread's CPU time (what it costs without waiting for a core). */
    private static void latencies(String name, Engine engine, Set<String> topics) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[REQUESTS];
        long[] cpu = new long[REQUESTS];
        int shortQuizzes = 0;
        long allocatedBefore = allocated();
        long[] gcBefore = gc();
        long compiledBefore = compiled();
        for (int i = 0; i < REQUESTS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            List<Question> quiz = engine.generate(request(WARM_UP + i, topics));
            wall[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
            if (quiz.size() < QUIZ) shortQuizzes++;
        }
        long[] gcAfter = gc();
        print(name + "_jit_compile", compiled() - compiledBefore, "ms");
        print(name + "_allocated_per_request", (allocated() - allocatedBefore) / 1e6 / REQUESTS, "MB");
        print(name + "_gc_pauses", gcAfter[0] - gcBefore[0], "collections");
        print(name + "_gc_time", gcAfter[1] - gcBefore[1], "ms");
        report(name + "_wall", wall);
        report(name + "_cpu", cpu);
        print(name + "_short_quizzes", shortQuizzes, "of " + REQUESTS);
    }

    /**
     * The machine's own speed: the best of five sorts of the same 500,000 numbers, timed on this thread. On a shared
     * virtual machine it varies from run to run; a run whose figure is high ran on a slower machine.
     */
    private static double reference() {
        int[] numbers = new java.util.Random(42).ints(500_000).toArray();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            int[] copy = numbers.clone();
            long t = System.nanoTime();
            Arrays.sort(copy);
            best = Math.min(best, System.nanoTime() - t);
        }
        return best / 1e6;
    }

    private static void report(String name, long[] nanos) {
        Arrays.sort(nanos);
        print(name + "_p50", nanos[nanos.length / 2] / 1e6, "ms");
        print(name + "_p99", nanos[nanos.length * 99 / 100] / 1e6, "ms");
        print(name + "_max", nanos[nanos.length - 1] / 1e6, "ms");
    }

    private static QuestionRequest request(long seed, Set<String> topics) {
        return new QuestionRequest(QUIZ, seed, Set.of(), topics, Set.of());
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** Time the JIT compiler has spent so far, in ms. */
    private static long compiled() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Collections so far and their total time in ms, over every collector. */
    private static long[] gc() {
        long[] out = new long[2];
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            out[0] += bean.getCollectionCount();
            out[1] += bean.getCollectionTime();
        }
        return out;
    }

    /** CPU time of every thread of this process: parsing threads, the JIT compiler and the collector too. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%-32s %10.1f %s", name, value, unit));
    }
}

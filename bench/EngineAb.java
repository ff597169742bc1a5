import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Two builds of the engine side by side in one JVM (one class loader each), for bench/engine-ab.sh:
 * first every paper of both must be identical (each Question's record text), then batches of 100
 * requests alternate between them and each request's thread CPU time is kept, so that a busy machine
 * slows both alike. Arguments: old-folder new-folder classpath-file facts [rounds, default 10]. A folder
 * is a checkout with target/classes and templates/; the new one's test classes write the synthetic base of
 * that many facts (SyntheticFactBase) into its target/engine-ab/facts-N.
 */
public final class EngineAb {

    /** Requests per build before timing: the JIT compiler is busy through about the first 1,000 (EngineBenchmark). */
    private static final int WARM_UP = 1500;

    private record Build(String name, Object engine, Method generate, Constructor<?> request, Object[] kinds) {

        List<?> paper(long seed, Set<Object> kinds) throws Exception {
            return (List<?>) generate.invoke(engine, request.newInstance(100, seed, kinds, Set.of(), Set.of()));
        }
    }

    public static void main(String[] args) throws Exception {
        String deps = Files.readString(Path.of(args[2])).trim();
        Path facts = Path.of(args[1], "target/engine-ab/facts-" + args[3]);
        writeSyntheticBase(args[1], deps, Integer.parseInt(args[3]), facts);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        List<Build> builds = new ArrayList<>();
        for (String dir : new String[] {args[0], args[1]}) builds.add(build(dir, deps, facts));

        // a change that alters papers on purpose (fewer wasted drafts) is compared with AB_PAPERS_MAY_DIFFER=1
        boolean mayDiffer = System.getenv("AB_PAPERS_MAY_DIFFER") != null;
        int papers = 0;
        int different = 0;
        for (long seed = 0; seed < 40; seed++) {
            Object[] kinds = builds.get(0).kinds();
            for (int mode = 0; mode < 3; mode++) {
                String[] text = new String[2];
                for (int b = 0; b < 2; b++) {
                    Object[] k = builds.get(b).kinds();
                    Set<Object> chosen = mode == 0 ? Set.of() : mode == 1 ? Set.of(k) : Set.of(k[(int) (seed % k.length)]);
                    text[b] = builds.get(b).paper(seed, chosen).toString();
                }
                papers++;
                if (!text[0].equals(text[1]) && mayDiffer) different++;
                else if (!text[0].equals(text[1])) {
                    System.out.println("DIFFERENT papers: seed " + seed + ", kinds " + (mode == 0 ? "exam" : mode == 1 ? "all" : kinds[(int) (seed % kinds.length)]));
                    System.exit(1);
                }
            }
        }
        System.out.println("identical papers: " + (papers - different) + " of " + papers);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Build b : builds) for (int i = 0; i < WARM_UP; i++) b.paper(i, Set.of());
        long[][] cpu = new long[2][rounds * 100];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int b = (r + k) % 2;
                for (int i = 0; i < 100; i++) {
                    long c = threads.getCurrentThreadCpuTime();
                    builds.get(b).paper(WARM_UP + r * 100 + i, Set.of());
                    cpu[b][r * 100 + i] = threads.getCurrentThreadCpuTime() - c;
                }
            }
        }
        for (int b = 0; b < 2; b++) {
            long[] c = cpu[b];
            Arrays.sort(c);
            System.out.printf(
                    "%-40s cpu p50 %.2f ms, p90 %.2f, p99 %.2f, mean %.2f (%d requests)%n",
                    builds.get(b).name(), c[c.length / 2] / 1e6, c[c.length * 9 / 10] / 1e6, c[c.length * 99 / 100] / 1e6,
                    Arrays.stream(c).average().orElse(0) / 1e6, c.length);
        }
    }

    private static void writeSyntheticBase(String dir, String deps, int count, Path facts) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(dir, "target/test-classes").toUri().toURL());
        urls.add(Path.of(dir, "target/classes").toUri().toURL());
        for (String d : deps.split(":")) urls.add(Path.of(d).toUri().toURL());
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Method write = loader.loadClass("in.prelims.generation.SyntheticFactBase").getDeclaredMethod("write", Path.class, int.class);
        write.setAccessible(true);
        write.invoke(null, facts, count);
    }

    private static Build build(String dir, String deps, Path facts) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(dir, "target/classes").toUri().toURL());
        for (String d : deps.split(":")) urls.add(Path.of(d).toUri().toURL());
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> base = loader.loadClass("in.prelims.fact.FactBase");
        Class<?> reader = loader.loadClass("in.prelims.generation.TemplateReader");
        Class<?> templates = loader.loadClass("in.prelims.generation.QuestionTemplates");
        Class<?> engine = loader.loadClass("in.prelims.generation.Engine");
        Class<?> request = loader.loadClass("in.prelims.generation.QuestionRequest");
        Object facts0 = loader.loadClass("in.prelims.fact.FactBaseLoader").getMethod("load", Path.class).invoke(null, facts);
        Method readTemplates = reader.getDeclaredMethod("load", Path.class);
        readTemplates.setAccessible(true);
        Constructor<?> newEngine = engine.getDeclaredConstructor(base, templates, String.class);
        newEngine.setAccessible(true);
        long start = System.nanoTime();
        Object built = newEngine.newInstance(facts0, readTemplates.invoke(null, Path.of(dir, "templates")), "upsc");
        System.out.printf("%s: indexes built in %.0f ms%n", dir, (System.nanoTime() - start) / 1e6);
        Method generate = engine.getDeclaredMethod("generate", request);
        generate.setAccessible(true);
        Constructor<?> newRequest = request.getDeclaredConstructor(int.class, long.class, Set.class, Set.class, Set.class);
        newRequest.setAccessible(true);
        return new Build(dir, built, generate, newRequest, loader.loadClass("in.prelims.generation.Kind").getEnumConstants());
    }
}

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scheduled mock over HTTP: a teacher's class, STUDENTS accounts that joined it, one assigned paper
 * (generated when assigned, before anyone starts), then every student presses "Start" within
 * SPREAD seconds (evenly spread). Prints the start latencies. Run by bench/herd-benchmark.sh:
 * {@code java bench/Herd.java BASE STUDENTS SPREAD QUESTIONS SETS GRANT_COMMAND}; GRANT_COMMAND is a
 * shell command that gives the account named by its last argument the teacher role.
 */
public class Herd {

    static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8))
            .build();

    /** One person: their cookies and their address (the app trusts X-Forwarded-For from the bench). */
    record Person(String name, String address, Map<String, String> cookies) {

        HttpResponse<String> send(String method, String url, Map<String, String> form) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60))
                    .header("X-Forwarded-For", address)
                    .header("Accept", "text/html");
            if (!cookies.isEmpty()) {
                b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            if (form == null) {
                b.GET();
            } else {
                StringBuilder body = new StringBuilder();
                form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
                b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || c.toLowerCase().contains("max-age=0")) cookies.remove(pair.substring(0, eq));
                else cookies.put(pair.substring(0, eq), value);
            }
            return r;
        }

        String token(String base, String page) throws Exception {
            Matcher m = TOKEN.matcher(send("GET", base + page, null).body());
            if (!m.find()) throw new IllegalStateException("no form token on " + page);
            return m.group(1);
        }

        void signUp(String base) throws Exception {
            Map<String, String> form = Map.of("csrf-token", token(base, "/account"), "j_username", name,
                    "j_password", "bench password", "confirm", "bench password");
            expect(send("POST", base + "/account/signup", form), 307, "sign-up");
            Map<String, String> login = Map.of("csrf-token", token(base, "/account"), "j_username", name, "j_password", "bench password");
            expect(send("POST", base + "/j_security_check", login), 302, "log-in");
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int students = Integer.parseInt(args[1]);
        int spreadSeconds = Integer.parseInt(args[2]);
        int questions = Integer.parseInt(args[3]);
        int sets = Integer.parseInt(args[4]);
        String grant = args[5];
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

        Person teacher = new Person("teacher" + run, "10.99.0.1", new HashMap<>());
        teacher.signUp(base);
        Process p = new ProcessBuilder("sh", "-c", grant + " " + teacher.name()).inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException("granting the teacher role failed");
        String classUrl = expect(teacher.send("POST", base + "/classes",
                Map.of("csrf-token", teacher.token(base, "/classes"), "name", "Mock " + run)), 303, "class").headers().firstValue("Location").orElseThrow();
        String classPath = URI.create(classUrl).getPath();
        Matcher code = Pattern.compile("class=\"join-code\">([^<]+)<").matcher(teacher.send("GET", base + classPath, null).body());
        if (!code.find()) throw new IllegalStateException("no join code");

        long t0 = System.nanoTime();
        List<Person> people = Collections.synchronizedList(new ArrayList<>());
        ExecutorService setup = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> joins = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            Person s = new Person("s" + run + "x" + i, "10.98." + (i >> 8 & 255) + "." + (i & 255), new HashMap<>());
            joins.add(CompletableFuture.runAsync(() -> {
                try {
                    s.signUp(base);
                    expect(s.send("POST", base + "/classes/join", Map.of("csrf-token", s.token(base, "/classes"), "code", code.group(1))), 303, "join");
                    people.add(s);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, setup));
        }
        CompletableFuture.allOf(joins.toArray(CompletableFuture[]::new)).join();
        setup.shutdown();
        System.out.printf("setup: %d students signed up and joined in %.1f s%n", people.size(), (System.nanoTime() - t0) / 1e9);

        ZoneId zone = ZoneId.of("Asia/Kolkata");
        LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
        long a0 = System.nanoTime();
        Map<String, String> assign = new HashMap<>(Map.of("csrf-token", teacher.token(base, classPath), "title", "Mock " + run,
                "count", Integer.toString(questions), "sets", Integer.toString(sets), "marking", "upsc-gs",
                "opens", now.minusMinutes(1).toString(), "closes", now.plusHours(3).toString(), "minutes", "120"));
        expect(teacher.send("POST", base + classPath + "/papers", assign), 303, "assign");
        System.out.printf("paper of %d questions in %d sets generated and stored when assigned: %.0f ms%n", questions, sets, (System.nanoTime() - a0) / 1e6);
        Matcher paper = Pattern.compile(Pattern.quote(classPath) + "/papers/(\\d+)").matcher(teacher.send("GET", base + classPath, null).body());
        if (!paper.find()) throw new IllegalStateException("no paper on the class page");
        String startUrl = base + classPath + "/papers/" + paper.group(1) + "/start";

        // Each student's form token, fetched before the herd (the class page a student has open).
        Map<Person, String> tokens = new HashMap<>();
        for (Person s : people) tokens.put(s, s.token(base, classPath));

        System.out.printf("load average before the herd: %s%n", loadavg());
        var pool = Executors.newScheduledThreadPool(32);
        List<CompletableFuture<long[]>> starts = new ArrayList<>();
        long h0 = System.nanoTime();
        for (int i = 0; i < people.size(); i++) {
            Person s = people.get(i);
            CompletableFuture<long[]> f = new CompletableFuture<>();
            starts.add(f);
            long at = (long) i * spreadSeconds * 1_000_000_000L / people.size();
            pool.schedule(() -> {
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = s.send("POST", startUrl, Map.of("csrf-token", tokens.get(s)));
                    f.complete(new long[] {System.nanoTime() - t, r.statusCode()});
                } catch (Exception e) {
                    f.complete(new long[] {System.nanoTime() - t, -1});
                }
            }, at - (System.nanoTime() - h0), TimeUnit.NANOSECONDS);
        }
        List<long[]> results = starts.stream().map(CompletableFuture::join).toList();
        double wall = (System.nanoTime() - h0) / 1e9;
        pool.shutdown();
        List<Long> ms = new ArrayList<>(results.stream().map(r -> r[0] / 1_000_000).toList());
        Collections.sort(ms);
        long ok = results.stream().filter(r -> r[1] == 303).count();
        System.out.printf("load average after the herd: %s%n", loadavg());
        System.out.printf("herd: %d starts spread over %d s, all done after %.1f s; %d answered 303 (started), %d other%n",
                results.size(), spreadSeconds, wall, ok, results.size() - ok);
        List<Integer> slow = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) if (results.get(i)[0] > 500_000_000L) slow.add(i);
        System.out.printf("starts over 500 ms: %d, at positions (in start order) %s%n", slow.size(), slow.subList(0, Math.min(20, slow.size())));
        System.out.printf("start_p50_ms %d%nstart_p99_ms %d%nstart_max_ms %d%n", ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1));
        System.exit(0);
    }

    static String loadavg() throws Exception {
        String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }
}

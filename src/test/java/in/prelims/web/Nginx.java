package in.prelims.web;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx as a load balancer in front of app instances: round robin, one worker (so the
 * rotation is strict), and an X-Upstream response header naming the instance that answered.
 */
public final class Nginx implements AutoCloseable {

    private final int port = freePort();
    private final Process process;

    public Nginx(Path dir, List<Integer> upstreamPorts) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("logs"));
        String servers = upstreamPorts.stream()
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=30s;")
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                error_log logs/error.log;
                pid logs/nginx.pid;
                events { worker_connections 1024; }
                http {
                  access_log logs/access.log;
                  client_body_temp_path logs;
                  proxy_temp_path logs;
                  upstream app {
                %s
                    keepalive 16;
                  }
                  server {
                    listen 127.0.0.1:%d;
                    location / {
                      proxy_pass http://app;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      add_header X-Upstream $upstream_addr always;
                    }
                  }
                }
                """.formatted(servers, port));
        process = new ProcessBuilder(
                        "nginx",
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/stdout.log").toFile())
                .start();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("nginx did not start; see " + dir.resolve("logs"));
                }
                Thread.sleep(50);
            }
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

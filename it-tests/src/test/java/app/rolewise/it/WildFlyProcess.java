package app.rolewise.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly with the real WAR, started the way {@code ./rolewise start} starts it (scripts/servers.sh), that a
 * test may kill without warning. It runs from its own server directory (the installed server's binaries and
 * modules linked, its configuration copied), so the deployment it drops there never reaches the server
 * Arquillian manages; the database is the suite's, named by the environment the build passes on.
 */
final class WildFlyProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path script;
    private final Path home;
    private final Path war;
    private final Path state;
    private final Path pidFile;

    private WildFlyProcess(Path script, Path home, Path war, Path state) {
        this.script = script;
        this.home = home;
        this.war = war;
        this.state = state;
        this.pidFile = state.resolve("wildfly.pid");
    }

    /** Lays out a server directory of its own below {@code workDir} from the installed WildFly. */
    static WildFlyProcess besides(Path installed, Path war, Path script, Path workDir) throws IOException {
        Path home = workDir.resolve("wildfly");
        deleteRecursively(workDir);
        Files.createDirectories(home);
        for (String shared : List.of("bin", "modules", "jboss-modules.jar", "welcome-content")) {
            Files.createSymbolicLink(home.resolve(shared), installed.resolve(shared).toAbsolutePath());
        }
        Path configuration = home.resolve("standalone/configuration");
        Files.createDirectories(configuration);
        Files.createDirectories(home.resolve("standalone/deployments"));
        try (Stream<Path> files = Files.list(installed.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        return new WildFlyProcess(script, home, war, workDir.resolve("state"));
    }

    /** Starts the server and returns once the application is deployed and the server reports ready. */
    void start() throws IOException, InterruptedException {
        if (startWith(Map.of()) != 0) {
            throw new IllegalStateException("WildFly did not start; see " + state.resolve("start.log") + " and " + state.resolve("logs"));
        }
    }

    /**
     * Starts the server with these changes to the environment the build passes on (an empty value removes the
     * variable), and returns the start script's exit code once it has finished: 0 when the application is
     * deployed and the server reports ready.
     */
    int startWith(Map<String, String> changes) throws IOException, InterruptedException {
        Files.createDirectories(state);
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "start-wildfly",
                home.toString(), war.toString(), state.toString(), pidFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(state.resolve("start.log").toFile()));
        changes.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process starting = builder.start();
        if (!starting.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            starting.destroyForcibly();
            throw new IllegalStateException("the start did not finish; see " + state.resolve("start.log"));
        }
        return starting.exitValue();
    }

    /** What the start script printed. */
    String startLog() throws IOException {
        return Files.readString(state.resolve("start.log"));
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no flush, no undeploy, as in a power cut. */
    void kill() throws Exception {
        long pid = Long.parseLong(Files.readString(Path.of(pidFile + ".java")).trim());
        ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no WildFly JVM with pid " + pid));
        jvm.destroyForcibly();
        jvm.onExit().get(1, TimeUnit.MINUTES);
        // the launch script waits for its JVM; once it has gone, the pid files only mislead
        Files.deleteIfExists(pidFile);
        Files.deleteIfExists(Path.of(pidFile + ".java"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("bash", script.toString(), "stop", pidFile.toString(), "WildFly")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(state.resolve("start.log").toFile()))
                .start()
                .waitFor(2, TimeUnit.MINUTES);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            // deepest first; links are removed, never followed
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

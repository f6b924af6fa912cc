/*
 * Runs Neo4j Community (embedded) with Bolt on 127.0.0.1 only.
 *
 * Launch (Java 17 source-file mode, no compile step):
 *   java -Xmx1g --add-opens=... -cp 'neo4j/lib/*' neo4j/Launcher.java --home=.data/neo4j --port=7687
 *
 * Options (an argument wins over the environment variable):
 *   --home=DIR            NEO4J_DATA_DIR     Neo4j home: data/, logs/ and the pid file live here (required)
 *   --port=N              NEO4J_PORT         Bolt port on 127.0.0.1 (default 7687)
 *   --pagecache=SIZE      NEO4J_PAGECACHE    page cache size, e.g. 512m (default 512m)
 *   --tx-timeout=DUR      NEO4J_TX_TIMEOUT   db.transaction.timeout, e.g. 30s (default 30s, 0 = none)
 *   --tx-memory=SIZE      NEO4J_TX_MEMORY    db.memory.transaction.max: heap one transaction may use (0 = unbounded)
 *   --tx-total-memory=SIZE NEO4J_TX_TOTAL_MEMORY dbms.memory.transaction.total.max: heap all transactions
 *                                            together may use (0 = Neo4j's default, 70% of the heap)
 *   --plugins=DIR         NEO4J_PLUGINS_DIR  plugin directory holding the APOC jar (default: lib-plugins beside this file)
 *   --password-file=FILE                     read the password from this file
 *                         NEO4J_PASSWORD     the password (never taken from the command line: it would show in ps)
 *   --exit-on-stdin-eof                      shut down when standard input closes (the parent process went away)
 * Heap size is a JVM flag (-Xmx).
 *
 * Standard output gets exactly one line once Bolt accepts authenticated connections:
 *   READY bolt://127.0.0.1:<port>
 * Errors go to standard error as lines starting with "ERROR:". Exit codes:
 *   0 clean shutdown (SIGTERM/SIGINT), 1 other failure, 2 bad configuration,
 *   3 the store is in use by another process, 4 the port is in use.
 */

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public class Launcher {
    static final int EXIT_FAILURE = 1;
    static final int EXIT_CONFIG = 2;
    static final int EXIT_STORE_LOCKED = 3;
    static final int EXIT_PORT_IN_USE = 4;

    static final String PID_FILE = "neo4j.pid";

    /** A failure with a message meant for a person and an exit code. */
    static final class Failure extends RuntimeException {
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Failure f) {
            System.err.println("ERROR: " + f.getMessage());
            System.err.flush();
            System.exit(f.code); // runs the shutdown hook if Neo4j was already started
        } catch (Throwable t) {
            System.err.println("ERROR: Neo4j failed to start: " + describe(t));
            t.printStackTrace(System.err);
            System.err.flush();
            System.exit(EXIT_FAILURE);
        }
    }

    static void run(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        String homeArg = option(opts, "home", "NEO4J_DATA_DIR", null);
        if (homeArg == null || homeArg.isBlank()) {
            throw new Failure(EXIT_CONFIG, "no data directory: pass --home=DIR or set NEO4J_DATA_DIR");
        }
        Path home = Path.of(homeArg).toAbsolutePath().normalize();
        int port = parsePort(option(opts, "port", "NEO4J_PORT", "7687"));
        String pageCacheText = option(opts, "pagecache", "NEO4J_PAGECACHE", "512m");
        String txTimeoutText = option(opts, "tx-timeout", "NEO4J_TX_TIMEOUT", "30s");
        long txMemory = parseBytes(option(opts, "tx-memory", "NEO4J_TX_MEMORY", "0"), "NEO4J_TX_MEMORY");
        long txTotalMemory = parseBytes(option(opts, "tx-total-memory", "NEO4J_TX_TOTAL_MEMORY", "0"), "NEO4J_TX_TOTAL_MEMORY");
        Path plugins = Path.of(option(opts, "plugins", "NEO4J_PLUGINS_DIR", defaultPluginsDir().toString()))
                .toAbsolutePath().normalize();
        String password = readPassword(opts);
        boolean exitOnStdinEof = opts.containsKey("exit-on-stdin-eof");

        long pageCache;
        Duration txTimeout;
        try {
            pageCache = SettingValueParsers.BYTES.parse(pageCacheText);
        } catch (RuntimeException e) {
            throw new Failure(EXIT_CONFIG, "bad page cache size '" + pageCacheText + "' (NEO4J_PAGECACHE), e.g. 512m: " + e.getMessage());
        }
        try {
            txTimeout = SettingValueParsers.DURATION.parse(txTimeoutText);
        } catch (RuntimeException e) {
            throw new Failure(EXIT_CONFIG, "bad transaction timeout '" + txTimeoutText + "' (NEO4J_TX_TIMEOUT), e.g. 30s: " + e.getMessage());
        }
        if (!Files.isDirectory(plugins)) {
            throw new Failure(EXIT_CONFIG, "plugin directory " + plugins + " does not exist (it should hold the APOC jar)");
        }

        Files.createDirectories(home);
        Path pidFile = home.resolve(PID_FILE);
        long myPid = ProcessHandle.current().pid();
        claimPidFile(pidFile, myPid, home);

        // Fail fast, with a clear message, when the port is taken (Neo4j's own error is long).
        checkPortFree(port);

        Map<org.neo4j.graphdb.config.Setting<?>, Object> config = new HashMap<>();
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        config.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        config.put(GraphDatabaseSettings.auth_enabled, true);
        config.put(GraphDatabaseSettings.pagecache_memory, pageCache);
        config.put(GraphDatabaseSettings.transaction_timeout, txTimeout);
        // A query past its memory budget fails alone (MemoryPoolOutOfMemoryError) instead of
        // exhausting the heap for every other transaction.
        config.put(GraphDatabaseSettings.memory_transaction_max_size, txMemory);
        if (txTotalMemory > 0) {
            config.put(GraphDatabaseSettings.memory_transaction_global_max_size, txTotalMemory);
        }
        // A shortest-path query whose predicate cannot be checked during the breadth-first search
        // would fall back to enumerating every path (seconds to hours); refuse it instead.
        config.put(GraphDatabaseSettings.forbid_exhaustive_shortestpath, true);
        config.put(GraphDatabaseSettings.plugin_dir, plugins);
        config.put(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        config.put(GraphDatabaseSettings.logs_directory, home.resolve("logs"));
        // Shutdown speed: by default Bolt waits 5 s for connections and 5 s for its thread pool
        // (after the databases are already checkpointed and closed), and Netty has a 5 s quiet
        // period. A local single-user server does not need that grace.
        config.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
        config.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2));

        AtomicBoolean stopping = new AtomicBoolean(false);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home).setConfig(config).build();
        } catch (Throwable t) {
            releasePidFile(pidFile, myPid);
            throw translate(t, port, home);
        }

        final DatabaseManagementService service = dbms;
        Thread hook = new Thread(() -> {
            if (stopping.compareAndSet(false, true)) {
                System.err.println("Neo4j: shutting down");
                try {
                    service.shutdown();
                } catch (Throwable t) {
                    System.err.println("ERROR: shutdown failed: " + describe(t));
                } finally {
                    releasePidFile(pidFile, myPid);
                }
                System.err.println("Neo4j: stopped");
                System.err.flush();
            }
        }, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        try {
            setPassword(dbms, password);
            // Make sure the default database answers before announcing readiness.
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            db.executeTransactionally("RETURN 1");
        } catch (Throwable t) {
            throw translate(t, port, home); // the shutdown hook stops Neo4j on the way out
        }

        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if (exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // ignore input; only its end matters
                    }
                } catch (IOException ignored) {
                    // treat like end of input
                }
                System.err.println("Neo4j: standard input closed (parent went away)");
                System.exit(0);
            }, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        // Keep the JVM alive until a signal; Neo4j's threads are not all non-daemon.
        Thread.currentThread().join();
    }

    /**
     * Sets the neo4j user's password on every start, so a changed password applies. A system
     * database still recovering (after a kill -9, on a busy machine) may fail the first attempt:
     * it is retried a few times, a second apart and more, before giving up.
     */
    static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        for (int attempt = 1; ; attempt++) {
            try {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
                return;
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("cannot be the same")) {
                    // Same password as before; make sure no change is demanded.
                    system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
                    return;
                }
                // Any other failure is retried a few times: seen after a kill -9 on a busy machine,
                // as "The transaction has been terminated" and "Failed to alter the specified user".
                if (attempt >= 5) {
                    throw new Failure(EXIT_CONFIG, "could not set the neo4j user's password: " + message);
                }
                System.err.println("Neo4j: setting the password failed (" + message + "), retrying");
                try {
                    Thread.sleep(1000L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new Failure(EXIT_FAILURE, "interrupted while setting the password");
                }
            }
        }
    }

    static String readPassword(Map<String, String> opts) throws IOException {
        String file = opts.get("password-file");
        String password;
        if (file != null) {
            password = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } else {
            password = System.getenv("NEO4J_PASSWORD");
        }
        if (password == null || password.isEmpty()) {
            throw new Failure(EXIT_CONFIG, "no password: set NEO4J_PASSWORD or pass --password-file=FILE");
        }
        if (password.length() < 8) {
            throw new Failure(EXIT_CONFIG, "the password must have at least 8 characters (Neo4j's minimum)");
        }
        return password;
    }

    /** Refuses to start when a live process owns the pid file; replaces a stale one. */
    static void claimPidFile(Path pidFile, long myPid, Path home) throws IOException {
        if (Files.exists(pidFile)) {
            Optional<Long> other = readPid(pidFile);
            if (other.isPresent() && other.get() != myPid) {
                Optional<ProcessHandle> handle = ProcessHandle.of(other.get());
                // A pid counts as a Neo4j on this store only while its arguments name this home:
                // after a kill -9 or a reboot the number may belong to any process.
                String homeArg = "--home=" + home;
                boolean ours = handle.map(h -> h.info().arguments()
                        .map(a -> java.util.Arrays.asList(a).contains(homeArg)).orElse(true)).orElse(false);
                if (handle.isPresent() && handle.get().isAlive() && ours) {
                    throw new Failure(EXIT_STORE_LOCKED, "the store in " + home + " is in use by another process (pid "
                            + other.get() + ", see " + pidFile + "); stop it first (npm run db:stop)");
                }
            }
        }
        Path tmp = pidFile.resolveSibling(PID_FILE + "." + myPid + ".tmp");
        Files.writeString(tmp, myPid + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void releasePidFile(Path pidFile, long myPid) {
        try {
            Optional<Long> owner = readPid(pidFile);
            if (owner.isPresent() && owner.get() == myPid) {
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    static Optional<Long> readPid(Path pidFile) throws IOException {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
        } catch (NumberFormatException | java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        }
    }

    static void checkPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw portInUse(port);
        }
    }

    static Failure portInUse(int port) {
        return new Failure(EXIT_PORT_IN_USE, "port " + port + " on 127.0.0.1 is already in use; stop whatever listens there "
                + "or choose another port with NEO4J_PORT");
    }

    /** Maps Neo4j's nested start-up exceptions to a clear message. */
    static RuntimeException translate(Throwable t, int port, Path home) {
        if (t instanceof Failure f) {
            return f;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            String message = String.valueOf(c.getMessage());
            if (c instanceof BindException || name.equals("PortBindException")
                    || message.contains("Address already in use")) {
                return portInUse(port);
            }
            if (name.equals("FileLockException") || message.contains("locked by another process")) {
                return new Failure(EXIT_STORE_LOCKED, "the store in " + home + " is locked by another process "
                        + "(another Neo4j uses this data directory); stop it first (npm run db:stop)");
            }
        }
        return t instanceof RuntimeException r ? r : new RuntimeException(t);
    }

    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
            if (c.getCause() == c) {
                break;
            }
        }
        return sb.toString();
    }

    static long parseBytes(String text, String env) {
        try {
            return SettingValueParsers.BYTES.parse(text.strip());
        } catch (RuntimeException e) {
            throw new Failure(EXIT_CONFIG, "bad memory size '" + text + "' (" + env + "), e.g. 256m: " + e.getMessage());
        }
    }

    static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new Failure(EXIT_CONFIG, "bad port '" + text + "' (NEO4J_PORT): expected a number from 1 to 65535");
    }

    static String option(Map<String, String> opts, String name, String env, String fallback) {
        String value = opts.get(name);
        if (value == null) {
            value = System.getenv(env);
        }
        if (value == null || value.isBlank()) {
            value = fallback;
        }
        return value;
    }

    static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new Failure(EXIT_CONFIG, "unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            switch (name) {
                case "home", "port", "pagecache", "tx-timeout", "tx-memory", "tx-total-memory", "plugins", "password-file",
                        "exit-on-stdin-eof" ->
                        opts.put(name, value);
                case "password" -> throw new Failure(EXIT_CONFIG,
                        "--password is not accepted (it would show in the process list): set NEO4J_PASSWORD or use --password-file");
                default -> throw new Failure(EXIT_CONFIG, "unknown option --" + name);
            }
        }
        return opts;
    }

    /** lib-plugins beside the jar directory on the class path (neo4j/lib -> neo4j/lib-plugins). */
    static Path defaultPluginsDir() {
        String classPath = System.getProperty("java.class.path", "");
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                Path libDir = Path.of(entry).toAbsolutePath().getParent();
                if (libDir != null && libDir.getParent() != null) {
                    return libDir.getParent().resolve("lib-plugins");
                }
            }
        }
        return Path.of("neo4j", "lib-plugins");
    }
}

package brink.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on 127.0.0.1 made of separate JVMs started from the Maven jars: a master and workers
 * (each launching its executors as further JVMs), and spark-submit for the jobs. SPARK_HOME is a folder whose jars/
 * links to the Maven jars, which is where a worker takes an executor's class path from.
 */
final class LocalCluster implements AutoCloseable {
    final Path home, logs;
    final String classpath;
    final List<String> javaOptions;
    final int port;
    final Process master;
    final List<Process> workers = new ArrayList<>();

    LocalCluster(Path dir, int workers) throws IOException, InterruptedException {
        classpath = Files.readString(Path.of(System.getProperty("spark.classpath.file"))).strip();
        javaOptions = Arrays.asList(System.getProperty("java.module.options").trim().split("\\s+"));
        home = Files.createDirectories(dir.resolve("spark-home"));
        logs = Files.createDirectories(dir.resolve("logs"));
        // a distribution's layout: RELEASE marks it, jars/ holds the class path (here links to the Maven jars)
        Files.writeString(home.resolve("RELEASE"), "Spark from the Maven jars, for Brink's tests\n");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String jar : classpath.split(java.io.File.pathSeparator)) {
            Path j = Path.of(jar);
            Path link = jars.resolve(j.getFileName());
            if (!Files.exists(link)) Files.createSymbolicLink(link, j);
        }
        port = freePort();
        master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "" + port, "--webui-port", "" + freePort());
        try {
            waitFor("master", "I have been elected leader", 120);
            for (int w = 0; w < workers; w++) addWorker();
        } catch (IOException | InterruptedException | RuntimeException e) {
            close(); // no process outlives a cluster that did not start
            throw e;
        }
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** A worker with one core and 1 GB for its executor; returns once the master has registered it. */
    Process addWorker() throws IOException, InterruptedException {
        int n = workers.size();
        Path work = Files.createDirectories(home.resolve("work-" + n));
        Process p = start("worker-" + n, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                "--webui-port", "" + freePort(), "--work-dir", work.toString(), url());
        workers.add(p);
        waitFor("worker-" + n, "Successfully registered with master", 120);
        return p;
    }

    private Process start(String name, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m"));
        cmd.addAll(javaOptions);
        cmd.addAll(List.of("-cp", classpath, main));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        b.environment().put("SPARK_HOME", home.toString());
        b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        b.environment().put("SPARK_SCALA_VERSION", "2.13");
        return b.start();
    }

    /** spark-submit (the SparkSubmit class, in client mode) of the job's jar; started, not waited for. */
    Process submit(String name, Path jar, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx1g"));
        cmd.addAll(javaOptions);
        cmd.addAll(List.of("-cp", classpath, "org.apache.spark.deploy.SparkSubmit", "--master", url(), "--deploy-mode", "client",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.memory=768m", "--conf", "spark.driver.host=127.0.0.1",
                "--class", "brink.spark.Main", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        b.environment().put("SPARK_HOME", home.toString());
        b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        b.environment().put("SPARK_SCALA_VERSION", "2.13");
        return b.start();
    }

    String log(String name) throws IOException {
        return Files.readString(logs.resolve(name + ".log"));
    }

    private void waitFor(String name, String line, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (Files.exists(logs.resolve(name + ".log")) && log(name).contains(line)) return;
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not say '" + line + "' within " + seconds + " s:\n" + log(name));
    }

    /** Kills a worker and the executors it launched, as a machine that dies. */
    static void kill(Process worker) throws InterruptedException {
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
        worker.waitFor(30, TimeUnit.SECONDS);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process w : workers) kill(w);
        master.descendants().forEach(ProcessHandle::destroyForcibly);
        master.destroyForcibly();
        master.waitFor(30, TimeUnit.SECONDS);
    }
}

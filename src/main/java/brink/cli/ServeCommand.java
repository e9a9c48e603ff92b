package brink.cli;

import brink.web.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(header = "Run the web classroom: teams play states from their browsers, the instructor runs the crisis.", name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web classroom on this computer and print its address. The instructor opens it, creates a session from a shipped or an uploaded scenario (checked like 'brink validate'), chooses the states the teams play, the turn length and the deadline, and shows the join code. Teams join from a laptop or a phone with the code, read their briefing (their state's aims, forces and beliefs), and give their orders each turn; the instructor starts, pauses and advances turns, injects events and runs live forecasts; the debrief sets the class's ending against the model's own play of the same start and downloads as one HTML file.",
                "", "Everything is served from the jar: no internet needed. By default only this computer can connect (--host 127.0.0.1); --host 0.0.0.0 opens the classroom to the local network (see docs/CLASSROOM.md for the threat model: a classroom network, not the internet). Sessions are journalled in DATA/brink.mv.db and rebuilt when the server restarts."},
        footer = {"", "Examples:", "  brink serve                          (http://127.0.0.1:8080/ on this computer only)",
                "  brink serve --host 0.0.0.0 --port 8000   (the classroom network)",
                "  brink serve --data ~/brink-classroom"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default ${DEFAULT-VALUE}: this computer only; 0.0.0.0: every network interface).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8080")
    int port;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the sessions' database (default: data/ beside scenarios/).")
    Path data;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for forecasts and debriefs (default: half the cores, at least 1).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new Main.BadInput("--port must be 0 to 65535, got " + port);
        int t = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        if (t < 1) throw new Main.BadInput("--threads must be at least 1, got " + t);
        Path folder = data != null ? data : Places.home().resolve("data");
        Server server;
        try {
            server = Server.start(Server.Config.of(host, port, folder, Places.scenarios(), t));
        } catch (IOException e) {
            throw new Main.BadInput(e.getMessage());
        }
        CountDownLatch stop = new CountDownLatch(1);
        // Ctrl-C is how the server stops: the sessions are in the journal, nothing to say
        Interrupt.answer(() -> {
            server.close();
            stop.countDown();
        });
        for (String url : urls(host, server.port())) System.out.println("Brink classroom: " + url);
        System.out.printf("Sessions kept in %s (%d restored). Press Ctrl-C to stop.%n", folder, server.sessions());
        System.out.flush();
        stop.await();
        return 0;
    }

    /** The addresses to open: the host given, or each of this computer's IPv4 addresses for 0.0.0.0. */
    static List<String> urls(String host, int port) {
        List<String> out = new ArrayList<>();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            try {
                for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    if (!n.isUp()) continue;
                    for (InetAddress a : Collections.list(n.getInetAddresses())) {
                        if (a instanceof java.net.Inet4Address) out.add("http://" + a.getHostAddress() + ":" + port + "/");
                    }
                }
            } catch (IOException e) {
                // fall back to the wildcard
            }
            if (out.isEmpty()) out.add("http://" + host + ":" + port + "/");
        } else {
            out.add("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
        }
        return out;
    }
}

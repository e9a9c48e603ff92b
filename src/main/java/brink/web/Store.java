package brink.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The classroom's journal in an embedded H2 database file ({@code DATA/brink.mv.db}): one row per session (its header:
 * scenario, settings, hashed instructor key) and, per session, an append-only list of entries (a team joined, an
 * order, a day played, an inject, a pause...). Every change is written before it is acted on, so a session is rebuilt
 * after a restart by replaying its seed and its entries. One server per data folder: H2 locks the file.
 */
public final class Store implements AutoCloseable {
    /** One journal entry: its kind and its JSON body. */
    public record Entry(int seq, String kind, JsonNode body) {
    }

    /** A stored session: its header and its entries in order. */
    public record Stored(String id, JsonNode header, List<Entry> entries) {
    }

    private final Connection db;
    private final ObjectMapper json;

    public Store(Path folder, ObjectMapper json) throws IOException {
        this.json = json;
        Files.createDirectories(folder);
        try {
            // FILE_LOCK=FILE (the default) refuses a second server on the same folder
            db = DriverManager.getConnection("jdbc:h2:file:" + folder.toAbsolutePath().resolve("brink") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
            try (Statement st = db.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS session (id VARCHAR(40) PRIMARY KEY, created TIMESTAMP NOT NULL, header CLOB NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS journal (session VARCHAR(40) NOT NULL, seq INT NOT NULL, at TIMESTAMP NOT NULL, kind VARCHAR(20) NOT NULL,"
                        + " body CLOB NOT NULL, PRIMARY KEY (session, seq))");
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("already in use")) {
                throw new IOException("the data folder " + folder + " is in use by another Brink server (one server per data folder)");
            }
            throw new IOException("cannot open the classroom database in " + folder + ": " + e.getMessage(), e);
        }
    }

    public synchronized void create(String id, JsonNode header) {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO session (id, created, header) VALUES (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
            ps.setString(3, json.writeValueAsString(header));
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot write the session to the database: " + e.getMessage(), e);
        }
    }

    public synchronized void append(String session, int seq, String kind, JsonNode body) {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO journal (session, seq, at, kind, body) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, session);
            ps.setInt(2, seq);
            ps.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
            ps.setString(4, kind);
            ps.setString(5, json.writeValueAsString(body));
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot write to the journal: " + e.getMessage(), e);
        }
    }

    public synchronized void delete(String session) {
        try (PreparedStatement a = db.prepareStatement("DELETE FROM journal WHERE session = ?");
             PreparedStatement b = db.prepareStatement("DELETE FROM session WHERE id = ?")) {
            a.setString(1, session);
            a.executeUpdate();
            b.setString(1, session);
            b.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete the session: " + e.getMessage(), e);
        }
    }

    /** Every stored session, oldest first, with its entries in order. */
    public synchronized List<Stored> all() throws IOException {
        List<Stored> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id, header FROM session ORDER BY created, id")) {
            while (rs.next()) out.add(new Stored(rs.getString(1), json.readTree(rs.getString(2)), new ArrayList<>()));
        } catch (SQLException e) {
            throw new IOException("cannot read the classroom database: " + e.getMessage(), e);
        }
        for (Stored s : out) {
            try (PreparedStatement ps = db.prepareStatement("SELECT seq, kind, body FROM journal WHERE session = ? ORDER BY seq")) {
                ps.setString(1, s.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) s.entries().add(new Entry(rs.getInt(1), rs.getString(2), json.readTree(rs.getString(3))));
                }
            } catch (SQLException e) {
                throw new IOException("cannot read the journal of session " + s.id() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing on the way out
        }
    }
}

package io.xingzhi.adapter.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one real PostgreSQL server of this module's tests (embedded), started at the first use and
 * stopped when the test JVM ends; every caller gets a database of its own on it. User and password
 * are {@value #USER}.
 */
final class PostgresServer {
    static final String USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private PostgresServer() {
    }

    /** The JDBC URL of a new, empty database, named after {@code prefix}. */
    static String freshDatabase(String prefix) {
        EmbeddedPostgres server = server();
        String db = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server.getJdbcUrl(USER, db);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
        }
        return postgres;
    }
}

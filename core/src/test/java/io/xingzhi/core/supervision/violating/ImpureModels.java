package io.xingzhi.core.supervision.violating;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Deliberately violating fixtures (test sources only, never seen by {@code ArchitectureTest}):
 * model code that does I/O or reads the clock, one way per nested class, so that each way is
 * shown to break the purity rules on its own.
 */
public final class ImpureModels {
    private ImpureModels() {
    }

    /** Reads a file. */
    public static final class ReadsAFile {
        public String read(Path path) throws IOException {
            return Files.readString(path);
        }
    }

    /** Opens a URL. */
    public static final class OpensAUrl {
        public InputStream open(String url) throws IOException {
            return URI.create(url).toURL().openStream();
        }
    }

    /** Queries a database. */
    public static final class QueriesADatabase {
        public Connection connect(String url) throws SQLException {
            return DriverManager.getConnection(url);
        }
    }

    /** Prints to the console (System.out is a java.io.PrintStream). */
    public static final class PrintsToTheConsole {
        public void report(String lead) {
            System.out.println(lead);
        }
    }

    /** Asks LocalDate for today instead of taking the as-of date. */
    public static final class AsksLocalDateForToday {
        public boolean overdue(LocalDate deadline) {
            return LocalDate.now().isAfter(deadline);
        }
    }

    /** Asks Instant for now. */
    public static final class AsksInstantForNow {
        public boolean overdue(Instant deadline) {
            return Instant.now().isAfter(deadline);
        }
    }

    /** Counts milliseconds. */
    public static final class CountsMillis {
        public boolean overdue(long deadlineMillis) {
            return System.currentTimeMillis() > deadlineMillis;
        }
    }

    /** Holds a clock: an injected clock is still a clock read inside a model. */
    public static final class HoldsAClock {
        private final Clock clock;

        public HoldsAClock(Clock clock) {
            this.clock = clock;
        }

        public boolean overdue(LocalDate deadline) {
            return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).isAfter(deadline);
        }
    }
}

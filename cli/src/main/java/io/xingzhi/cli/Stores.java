package io.xingzhi.cli;

import io.xingzhi.adapter.jdbc.H2Store;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.LeadStore;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Opens the {@link LeadStore} a {@code --store} URL names. JDBC URLs ({@code jdbc:h2:file:…},
 * {@code jdbc:postgresql:…}) open a {@code JdbiLeadStore}; the user and password come from the
 * environment variables {@code XINGZHI_STORE_USER} and {@code XINGZHI_STORE_PASSWORD} (default
 * {@code sa} and empty, H2's defaults), never from the command line. An H2 file store is opened with
 * {@code WRITE_DELAY=0}, so every write it acknowledges is in the file before the answer, and its
 * files are owner-only ({@link H2Store}); a URL that sets another write delay is refused. Other schemes
 * can be registered (tests register an in-memory store under {@code mem:}).
 */
public final class Stores {
    private static final Map<String, Function<String, LeadStore>> OPENERS = new ConcurrentHashMap<>();
    /** One pooled store per JDBC URL for the life of the process. */
    private static final Map<String, LeadStore> POOLED = new ConcurrentHashMap<>();

    private Stores() {
    }

    /** Lets URLs starting with {@code prefix} open through {@code opener} (for tests and embedding). */
    public static void register(String prefix, Function<String, LeadStore> opener) {
        OPENERS.put(Objects.requireNonNull(prefix), Objects.requireNonNull(opener));
    }

    /** Removes a registration. */
    public static void unregister(String prefix) {
        OPENERS.remove(prefix);
    }

    /**
     * The store at {@code url}.
     *
     * @throws XingzhiCli.UsageError when no store can be opened for the URL
     */
    public static LeadStore open(String url) {
        for (Map.Entry<String, Function<String, LeadStore>> e : OPENERS.entrySet()) {
            if (url.startsWith(e.getKey())) {
                return e.getValue().apply(url);
            }
        }
        if (url.startsWith("jdbc:")) {
            String user = System.getenv().getOrDefault("XINGZHI_STORE_USER", "sa");
            String password = System.getenv().getOrDefault("XINGZHI_STORE_PASSWORD", "");
            return POOLED.computeIfAbsent(url, u -> {
                String durable;
                try {
                    durable = H2Store.durableUrl(u);
                    H2Store.prepareFiles(u);
                } catch (XingzhiException e) {
                    throw new XingzhiCli.UsageError("--store: " + e.getMessage());
                }
                com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
                config.setJdbcUrl(durable);
                config.setUsername(user);
                config.setPassword(password);
                config.setMaximumPoolSize(8);
                config.setPoolName("xingzhi-store");
                return io.xingzhi.adapter.jdbc.JdbiLeadStore.open(new com.zaxxer.hikari.HikariDataSource(config));
            });
        }
        throw new XingzhiCli.UsageError("--store " + url + ": not a JDBC URL (jdbc:h2:file:… or jdbc:postgresql://…)");
    }
}

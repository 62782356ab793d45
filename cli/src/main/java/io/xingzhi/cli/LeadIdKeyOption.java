package io.xingzhi.cli;

import io.xingzhi.core.lead.LeadIdKey;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The {@code --lead-id-key} option every command that runs or opens a store takes: the installation's
 * lead-id key file ({@link LeadIdKeyFile}). A run without a store publishes its ids under this key; a
 * store that has no key yet keeps this one, and from then on its own key wins (so the two agree
 * unless the store was made with another key file).
 */
final class LeadIdKeyOption {
    @Option(names = "--lead-id-key", paramLabel = "FILE",
            description = "the installation's lead-id key file (default: $" + LeadIdKeyFile.ENV
                    + ", else ~/.xingzhi/lead-id.key; created owner-only on first use)")
    Path file;

    /** The key file's key, read (or created) when first asked for. */
    Supplier<LeadIdKey> key() {
        Path where = LeadIdKeyFile.location(file);
        return () -> LeadIdKeyFile.loadOrCreate(where);
    }
}

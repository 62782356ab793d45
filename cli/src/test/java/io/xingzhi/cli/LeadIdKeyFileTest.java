package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.adapter.jdbc.JdbiLeadStore;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installation's lead-id key file: created owner-only on first use, the same key ever after, and
 * the key a store keeps when it has none, so a run with a store and one without publish the same ids.
 */
class LeadIdKeyFileTest {
    @TempDir
    Path dir;
    final ObjectMapper json = new ObjectMapper();

    private List<String> ids(Path out) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("leads.jsonl"), StandardCharsets.UTF_8)) {
            ids.add(json.readTree(line).get("lead_id").asText());
        }
        return ids;
    }

    private int run(Path data, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--data", data.toString(), "--as-of", Fixtures.AS_OF.toString(),
                "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        return XingzhiCli.execute(args.toArray(String[]::new));
    }

    @Test
    void theKeyFileIsCreatedOwnerOnlyOnFirstUseAndGivesTheSameKeyEverAfter() throws Exception {
        Path file = dir.resolve("new/folder/lead-id.key");

        LeadIdKey first = LeadIdKeyFile.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new/folder")))).isEqualTo("rwx------");
        assertThat(Files.readString(file)).contains(first.hex());
        assertThat(LeadIdKeyFile.loadOrCreate(file)).isEqualTo(first);
    }

    @Test
    void processesCreatingTheKeyFileAtOnceAllReadTheSameKey() throws Exception {
        Path file = dir.resolve("race/lead-id.key");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<LeadIdKey>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> LeadIdKeyFile.loadOrCreate(file));
            }
            List<LeadIdKey> keys = new ArrayList<>();
            for (Future<LeadIdKey> f : pool.invokeAll(tasks)) {
                keys.add(f.get());
            }
            assertThat(keys).containsOnly(keys.get(0));
            try (var left = Files.list(dir.resolve("race"))) {
                assertThat(left).containsExactly(file);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyFileOthersMayReadOrThatHoldsNoKeyIsRefusedWithoutShowingIt() throws Exception {
        Path open = dir.resolve("open.key");
        LeadIdKey key = LeadIdKeyFile.loadOrCreate(open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> LeadIdKeyFile.loadOrCreate(open)).hasMessageContaining(open.toString())
                .hasMessageContaining("chmod 600").hasMessageNotContaining(key.hex());

        Path broken = dir.resolve("broken.key");
        Files.writeString(broken, "# nothing here\nnot-a-key\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> LeadIdKeyFile.loadOrCreate(broken)).hasMessageContaining(broken.toString())
                .hasMessageContaining("holds no key").hasMessageNotContaining("not-a-key");
    }

    @Test
    void theOptionNamesTheKeyFileAndRunsUnderOneKeyFileGiveTheSameIdsAndUnderAnotherOtherIds() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        Path key = dir.resolve("one.key");

        assertThat(run(data, dir.resolve("a"), "--lead-id-key", key.toString())).isZero();
        assertThat(run(data, dir.resolve("b"), "--lead-id-key", key.toString())).isZero();
        assertThat(run(data, dir.resolve("c"), "--lead-id-key", dir.resolve("other.key").toString())).isZero();

        assertThat(ids(dir.resolve("a"))).isNotEmpty().isEqualTo(ids(dir.resolve("b")));
        assertThat(ids(dir.resolve("c"))).hasSameSizeAs(ids(dir.resolve("a"))).doesNotContainAnyElementsOf(ids(dir.resolve("a")));
        assertThat(LeadIdKeyFile.location(key)).isEqualTo(key);
    }

    @Test
    void aStoreWithoutAKeyKeepsTheKeyFilesSoRunsWithAndWithoutTheStoreAgreeAndAfterwardsTheStoresKeyWins() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        Path key = dir.resolve("installation.key");
        String store = "jdbc:h2:file:" + dir.resolve("store/xingzhi").toAbsolutePath();

        assertThat(run(data, dir.resolve("stored"), "--store", store, "--lead-id-key", key.toString())).isZero();
        assertThat(run(data, dir.resolve("plain"), "--lead-id-key", key.toString())).isZero();
        assertThat(run(data, dir.resolve("other"), "--store", store, "--lead-id-key", dir.resolve("other.key").toString()))
                .isZero();

        assertThat(ids(dir.resolve("plain"))).isNotEmpty().isEqualTo(ids(dir.resolve("stored")));
        assertThat(ids(dir.resolve("other"))).isEqualTo(ids(dir.resolve("stored")));
        assertThat(JdbiLeadStore.open(store, "sa", "").leadIdKey(LeadIdKey::generate)).isEqualTo(LeadIdKeyFile.loadOrCreate(key));
    }

    @Test
    void aKeyFileThatCannotBeCreatedSaysWhyAsTheSystemSaysIt() {
        // on a full tmpfs the message said only "(IOException)"
        assertThat(LeadIdKeyFile.why(new java.io.IOException("No space left on device")))
                .isEqualTo("IOException: No space left on device");
        assertThat(LeadIdKeyFile.why(new java.nio.file.AccessDeniedException("/srv/key/.lead-id.key123", null, "Permission denied")))
                .isEqualTo("AccessDeniedException: Permission denied");
        assertThat(LeadIdKeyFile.why(new java.nio.file.AccessDeniedException("/srv/key"))).isEqualTo("AccessDeniedException");
    }
}

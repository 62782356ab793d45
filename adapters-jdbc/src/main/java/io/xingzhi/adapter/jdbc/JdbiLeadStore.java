package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.governance.GovernanceKind;
import io.xingzhi.core.governance.GovernanceRecord;
import io.xingzhi.core.governance.GovernanceStatus;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadFacts;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.ConcurrentReviewException;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.GovernanceStore;
import io.xingzhi.core.port.LeadStore;
import io.xingzhi.core.port.RunChanges;
import io.xingzhi.core.port.RunJob;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.port.StoredRun;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewEvent;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.core.value.Parsed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link LeadStore} (runs, leads and their review, documents, the audit trail) and a
 * {@link GovernanceStore} (source-governance records) in a relational database through Jdbi: H2 (the embedded default, e.g.
 * {@code jdbc:h2:file:./xingzhi-data/store}) or PostgreSQL. It keeps every promise of the port
 * (it passes {@code LeadStoreContract} and {@code GovernanceStoreContract} on both) and:
 * <ul>
 *   <li>creates and upgrades its schema with versioned, checksummed Flyway migrations
 *       ({@code io/xingzhi/adapter/jdbc/migration}, history in {@code xingzhi_schema_history}) when
 *       opened; an existing schema with other tables is left alone;</li>
 *   <li>runs every statement as fixed SQL text with bound parameters; no input value is ever part
 *       of the SQL;</li>
 *   <li>does each write in one transaction; {@link #recordTransition} updates the lead's row only
 *       where it is still at the expected version and state ({@code UPDATE ... WHERE version = ?}),
 *       with the event in the same transaction, so of two reviewers exactly one wins and the other
 *       gets a {@link ConcurrentReviewException}; {@link #file} bumps the document type's sequence
 *       for the year ({@code document_sequences}, locking its row) and saves the document in one
 *       transaction;</li>
 *   <li>never updates or deletes review events or audit entries, and never deletes a lead, except
 *       once, when a store kept before lead ids were keyed (schema version 4) first keeps its key:
 *       each such lead is then renamed to its keyed id, its events and document links follow it, and
 *       its old id stays an alias ({@link #leadIdKey});</li>
 *   <li>keeps the installation's lead-id key ({@code installation_keys}), for each run the digest of
 *       each lead's facts ({@code run_lead_facts}, for {@link #runChanges}), and records runs from their
 *       start ({@code run_jobs});</li>
 *   <li>acknowledges nothing it has not written: every write is one committed transaction, and an H2
 *       database in a file is opened with {@code WRITE_DELAY=0} so a commit is in the file before it
 *       returns ({@link H2Store}); its files are owner-only;</li>
 *   <li>turns database failures into {@link XingzhiException}s naming the operation and the
 *       database, with no bound values (so no identity numbers) in the message.</li>
 * </ul>
 * It holds no connection between calls (a {@link DataSource} with a pool is the embedder's choice).
 * With an in-memory H2 URL, add {@code ;DB_CLOSE_DELAY=-1} so the database outlives a connection.
 */
public final class JdbiLeadStore implements LeadStore, GovernanceStore {
    private static final String MIGRATIONS = "classpath:io/xingzhi/adapter/jdbc/migration";
    private static final String HISTORY_TABLE = "xingzhi_schema_history";
    /** Lead ids bound into one {@code IN (...)} list at most. */
    private static final int IN_LIST = 500;

    private static final String LEAD_COLUMNS = "l.lead_id, l.model, l.kind, l.id_number, l.name, l.case_number, "
            + "l.supervised_agency, l.due_on, l.summary, l.legal_basis, l.evidence, l.linked_by, l.estimated, "
            + "l.boundary, l.suggested_document, l.facts, l.state, l.version, l.reply_deadline, l.first_seen_run, "
            + "l.last_seen_run, l.no_longer_found_in_run, l.kind_info, l.supervised_unit, l.possible_matches";

    private final Jdbi jdbi;
    private final String where;
    /** The lead-id key once read or kept (it never changes). */
    private volatile LeadIdKey leadIdKey;

    private JdbiLeadStore(Jdbi jdbi, String where) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.where = where;
    }

    /**
     * The system's words ("No space left on device") when a failure of the store, or one under it, is a
     * full disk; empty otherwise. H2 reports one as "General error: … Writing to FileChannelImpl@… failed",
     * and a store's failures name it ("the disk the store is on is full").
     */
    public static java.util.Optional<String> diskFull(Throwable failure) {
        return Sql.diskFull(failure);
    }

    /**
     * Opens the store at a JDBC URL, creating or upgrading its schema. The driver (H2 or PostgreSQL)
     * must be on the class path.
     */
    public static JdbiLeadStore open(String jdbcUrl, String user, String password) {
        String where = Sql.describe(jdbcUrl);
        String url = H2Store.durableUrl(jdbcUrl);
        H2Store.prepareFiles(jdbcUrl);
        migrate(() -> Flyway.configure().dataSource(url, user, password), where);
        return new JdbiLeadStore(keepingText(Jdbi.create(url, user, password)), where).durable();
    }

    /**
     * Opens the store on a data source, creating or upgrading its schema. For an embedded H2 file,
     * give the data source {@link H2Store#durableUrl} (and call {@link H2Store#prepareFiles} first);
     * on H2 the store also sets {@code WRITE_DELAY} to 0 for the database when it finds another.
     */
    public static JdbiLeadStore open(DataSource dataSource) {
        migrate(() -> Flyway.configure().dataSource(dataSource), "data source");
        return new JdbiLeadStore(keepingText(Jdbi.create(dataSource)), "data source").durable();
    }

    /** The store's own Jdbi binds text through {@link Sql#storable}: a NUL in the data is kept as U+FFFD. */
    private static Jdbi keepingText(Jdbi jdbi) {
        return jdbi.registerArgument(new Sql.StorableText());
    }

    /**
     * On H2, makes every commit reach the file before it returns ({@code SET WRITE_DELAY 0}) when the
     * database was opened with a delay, and refuses a database in a file on an H2 version known to drop
     * acknowledged commits after a crash ({@link #dropsAcknowledgedCommits}): acknowledged means durable.
     */
    private JdbiLeadStore durable() {
        boolean h2 = call("tell the database product", () -> jdbi.withHandle(h -> {
            try {
                return "H2".equalsIgnoreCase(h.getConnection().getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new XingzhiException("lead store at " + where + ": cannot tell the database product", e);
            }
        }));
        if (!h2) {
            return this;
        }
        // H2's version, and whether it keeps a file (DATABASE_PATH() is null in memory)
        List<String> found = call("tell H2's version", () -> jdbi.withHandle(h -> h.createQuery("SELECT H2VERSION(), DATABASE_PATH()")
                .map((rs, ctx) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2))).one()));
        String version = found.get(0);
        if (found.get(1) != null && dropsAcknowledgedCommits(version)) {
            throw new XingzhiException("lead store at " + where + ": H2 " + version + " can drop the last commits it acknowledged "
                    + "when its process is killed or the machine stops (its store header can name the chunk before one written "
                    + "into freed space: README, \"Privacy and durability\"); put H2 2.4.240 on the class path instead "
                    + "(com.h2database:h2:2.4.240 opens this file as it is)");
        }
        String delays = "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'";
        run("make commits durable", () -> jdbi.useHandle(h -> {
            if (h.createQuery(delays).mapTo(String.class).list().stream().anyMatch(d -> !d.strip().equals("0"))) {
                h.execute("SET WRITE_DELAY 0");
            }
        }));
        List<String> after = call("check that commits are durable", () -> jdbi.withHandle(h -> h.createQuery(delays)
                .mapTo(String.class).list()));
        if (after.stream().anyMatch(d -> !d.strip().equals("0"))) {
            throw new XingzhiException("lead store at " + where + ": the connection sets H2's WRITE_DELAY, so H2 would "
                    + "acknowledge writes before they are in the file; open it through H2Store.durableUrl");
        }
        return this;
    }

    /** The H2 versions known to drop acknowledged commits after a crash (AcknowledgedCommitsAreInTheFileACrashLeavesTest). */
    private static final java.util.Set<String> CRASH_LOSING_H2 = java.util.Set.of("2.5.250", "2.5.252");

    /**
     * Whether an H2 of this version ({@code H2VERSION()}, e.g. {@code 2.5.252 (2025-…)}) drops
     * acknowledged commits after a crash: the store refuses to keep leads in a file through it.
     */
    static boolean dropsAcknowledgedCommits(String h2Version) {
        String v = h2Version.strip();
        int space = v.indexOf(' ');
        return CRASH_LOSING_H2.contains(space < 0 ? v : v.substring(0, space));
    }

    /**
     * A store on a database whose schema is already migrated (by {@link #open} or
     * {@link #migrate(DataSource)}), through the embedder's own Jdbi. That Jdbi is left as it is: on
     * PostgreSQL a value holding a NUL character (U+0000) then fails the save, where the stores
     * {@link #open} makes keep it as U+FFFD.
     */
    public static JdbiLeadStore onMigrated(Jdbi jdbi) {
        return new JdbiLeadStore(jdbi, "jdbi");
    }

    /** Creates or upgrades the store's schema on {@code dataSource}, e.g. from a deployment step. */
    public static void migrate(DataSource dataSource) {
        migrate(() -> Flyway.configure().dataSource(dataSource), "data source");
    }

    private static void migrate(Supplier<FluentConfiguration> config, String where) {
        try {
            config.get().locations(MIGRATIONS).table(HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0")
                    .load().migrate();
        } catch (FlywayException e) {
            String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new XingzhiException("cannot open the lead store at " + where + " (is the JDBC driver on the class "
                    + "path?): " + msg, e);
        }
    }

    // ---- runs ----------------------------------------------------------------------------

    @Override
    public long saveRun(RunResult result) {
        Objects.requireNonNull(result, "result");
        return call("save a run", () -> jdbi.inTransaction(h -> saveRun(h, result)));
    }

    private long saveRun(Handle h, RunResult result) {
        RunReport report = result.report();
        long n = h.createQuery("SELECT COALESCE(MAX(run_number), 0) FROM runs").mapTo(Long.class).one() + 1;
        h.createUpdate("INSERT INTO runs (run_number, as_of, started_at, finished_at, parameters, leads_by_model_kind, "
                        + "lead_count, new_leads, reappeared, no_longer_found, rows_read, rows_rejected, lead_facts_kept) "
                        + "VALUES (:n, :asOf, :started, :finished, :parameters, :byKind, 0, 0, 0, 0, :read, :rejected, TRUE)")
                .bind("n", n)
                .bind("asOf", Sql.date(report.asOf()))
                .bind("started", Sql.timestamp(micros(report.startedAt())))
                .bind("finished", Sql.timestamp(micros(report.finishedAt())))
                .bind("parameters", Json.write(report.parameters()))
                .bind("byKind", Json.write(report.leadsByModelAndKind()))
                .bind("read", report.datasets().values().stream().mapToLong(DatasetCounts::read).sum())
                .bind("rejected", report.datasets().values().stream().mapToLong(DatasetCounts::rejected).sum())
                .execute();

        Map<String, Boolean> known = new HashMap<>();
        h.createQuery("SELECT lead_id, no_longer_found_in_run FROM leads")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2) != null))
                .forEach(e -> known.put(e.getKey(), e.getValue()));

        Map<String, Lead> produced = new LinkedHashMap<>();
        for (Lead l : result.leads()) {
            produced.putIfAbsent(l.leadId(), l);
        }
        PreparedBatch inserts = h.prepareBatch("INSERT INTO leads (lead_id, model, kind, id_number, name, case_number, "
                + "supervised_agency, due_on, summary, legal_basis, evidence, linked_by, estimated, boundary, "
                + "suggested_document, facts, kind_info, supervised_unit, possible_matches, state, version, reply_deadline, "
                + "first_seen_run, last_seen_run, no_longer_found_in_run) VALUES (:leadId, :model, :kind, :idNumber, :name, "
                + ":caseNumber, :agency, :dueOn, :summary, :legalBasis, :evidence, :linkedBy, :estimated, :boundary, "
                + ":suggestedDocument, :facts, :kindInfo, :unit, :matches, :state, 0, NULL, :n, :n, NULL)");
        PreparedBatch updates = h.prepareBatch("UPDATE leads SET model = :model, kind = :kind, id_number = :idNumber, "
                + "name = :name, case_number = :caseNumber, supervised_agency = :agency, due_on = :dueOn, "
                + "summary = :summary, legal_basis = :legalBasis, evidence = :evidence, linked_by = :linkedBy, "
                + "estimated = :estimated, boundary = :boundary, suggested_document = :suggestedDocument, "
                + "facts = :facts, kind_info = :kindInfo, supervised_unit = :unit, possible_matches = :matches, "
                + "last_seen_run = :n, no_longer_found_in_run = NULL WHERE lead_id = :leadId");
        long added = 0;
        long reappeared = 0;
        for (Lead l : produced.values()) {
            Boolean wasMissing = known.get(l.leadId());
            PreparedBatch batch = wasMissing == null ? inserts : updates;
            if (wasMissing == null) {
                added++;
                batch.bind("state", ReviewState.NEW.name());
            } else if (wasMissing) {
                reappeared++;
            }
            bindLead(batch, l).bind("n", n).add();
        }
        if (inserts.size() > 0) {
            inserts.execute();
        }
        if (updates.size() > 0) {
            updates.execute();
        }
        PreparedBatch facts = h.prepareBatch("INSERT INTO run_lead_facts (run_number, lead_id, facts_digest) "
                + "VALUES (:n, :leadId, :digest)");
        for (Lead l : produced.values()) {
            facts.bind("n", n).bind("leadId", l.leadId()).bind("digest", LeadFacts.digest(l)).add();
        }
        if (facts.size() > 0) {
            facts.execute();
        }
        int missing = h.createUpdate("UPDATE leads SET no_longer_found_in_run = :n "
                        + "WHERE last_seen_run < :n AND no_longer_found_in_run IS NULL")
                .bind("n", n).execute();
        h.createUpdate("UPDATE runs SET lead_count = :leads, new_leads = :added, reappeared = :reappeared, "
                        + "no_longer_found = :missing WHERE run_number = :n")
                .bind("leads", produced.size()).bind("added", added).bind("reappeared", reappeared)
                .bind("missing", missing).bind("n", n).execute();
        return n;
    }

    private static PreparedBatch bindLead(PreparedBatch b, Lead l) {
        return b.bind("leadId", l.leadId())
                .bind("model", l.model())
                .bind("kind", l.kindCode())
                .bind("idNumber", Sql.nullableText(l.idText()))
                .bind("name", l.name())
                .bind("caseNumber", l.caseNumber())
                .bind("agency", l.supervisedAgency())
                .bind("dueOn", Sql.date(l.dueOn()))
                .bind("summary", l.summary())
                .bind("legalBasis", Json.write(l.legalBasis()))
                .bind("evidence", Json.evidence(l.evidence()))
                .bind("linkedBy", l.linkedBy().code())
                .bind("estimated", l.estimated())
                .bind("boundary", l.boundary())
                .bind("suggestedDocument", l.suggestedDocument().name())
                .bind("facts", Json.write(new TreeMap<>(l.facts())))
                .bind("kindInfo", Json.kind(l.kind()))
                .bind("unit", l.supervisedUnit())
                .bind("matches", Json.possibleMatches(l.possibleMatches()));
    }

    @Override
    public List<StoredRun> runs() {
        return call("list runs", () -> jdbi.withHandle(h -> h.createQuery("SELECT * FROM runs ORDER BY run_number")
                .map((rs, ctx) -> new StoredRun(rs.getLong("run_number"), rs.getObject("as_of", LocalDate.class),
                        instant(rs, "started_at"), instant(rs, "finished_at"), Json.stringMap(rs.getString("parameters")),
                        rs.getLong("lead_count"), rs.getLong("new_leads"), rs.getLong("reappeared"),
                        rs.getLong("no_longer_found"), rs.getLong("rows_read"), rs.getLong("rows_rejected"),
                        Json.counts(rs.getString("leads_by_model_kind"))))
                .list()));
    }

    @Override
    public Optional<RunChanges> runChanges(long since, long run) {
        if (since < 0 || run <= since) {
            throw new IllegalArgumentException("changes from run " + since + " to run " + run);
        }
        return call("read the changes from run " + since + " to run " + run, () -> jdbi.inTransaction(h -> {
            long kept = h.createQuery("SELECT COUNT(*) FROM runs WHERE run_number IN (:since, :run) AND lead_facts_kept")
                    .bind("since", since).bind("run", run).mapTo(Long.class).one();
            if (kept != (since == 0 ? 1 : 2)) {
                return Optional.<RunChanges>empty();
            }
            // every lead either run found, in the order first stored, with its digest in each (NULL: not found)
            record Row(String id, String before, String after) {
            }
            List<Row> rows = h.createQuery("SELECT l.lead_id, b.facts_digest, a.facts_digest FROM leads l "
                            + "LEFT JOIN run_lead_facts b ON b.lead_id = l.lead_id AND b.run_number = :since "
                            + "LEFT JOIN run_lead_facts a ON a.lead_id = l.lead_id AND a.run_number = :run "
                            + "WHERE b.lead_id IS NOT NULL OR a.lead_id IS NOT NULL ORDER BY l.seq")
                    .bind("since", since).bind("run", run)
                    .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).list();
            Map<String, Row> byId = new LinkedHashMap<>();
            rows.forEach(r -> byId.put(r.id(), r));
            return Optional.of(RunChanges.between(since, run, byId.keySet(), id -> byId.get(id).before(),
                    id -> byId.get(id).after()));
        }));
    }

    // ---- the lead-id key ------------------------------------------------------------------

    @Override
    public LeadIdKey leadIdKey(Supplier<LeadIdKey> ifNone) {
        Objects.requireNonNull(ifNone, "ifNone");
        LeadIdKey known = leadIdKey;
        if (known != null) {
            return known;
        }
        LeadIdKey kept = call("read the lead-id key", () -> jdbi.withHandle(JdbiLeadStore::keptKey)).orElse(null);
        if (kept == null) {
            LeadIdKey offered = Objects.requireNonNull(ifNone.get(), "the offered lead-id key");
            try {
                // the key first, then the renaming, in one transaction: of two first keepers, the
                // second waits on the key's row and fails, rolling its renaming back
                jdbi.useTransaction(h -> {
                    h.createUpdate("INSERT INTO installation_keys (key_name, key_hex, created_at) "
                                    + "VALUES ('lead-id', :hex, :at)")
                            .bind("hex", offered.hex()).bind("at", Sql.timestamp(micros(Instant.now()))).execute();
                    rekeyUnkeyedLeads(h, offered);
                });
            } catch (JdbiException e) {
                // another process kept its key first; read it below
            }
            kept = call("read the lead-id key", () -> jdbi.withHandle(JdbiLeadStore::keptKey))
                    .orElseThrow(() -> new XingzhiException("lead store at " + where + ": cannot keep the lead-id key"));
        }
        leadIdKey = kept;
        return kept;
    }

    private static Optional<LeadIdKey> keptKey(Handle h) {
        return h.createQuery("SELECT key_hex FROM installation_keys WHERE key_name = 'lead-id'").mapTo(String.class)
                .findOne().map(LeadIdKey::ofHex);
    }

    /**
     * Renames every lead kept under its unkeyed id (before version 4) to its keyed id: a copy of the
     * row under the new id (with the same place in the listing), its review events and document
     * links moved to it, the old row removed, the old id kept as an alias. The audit trail keeps the
     * ids it recorded; the aliases say what they became.
     */
    private static void rekeyUnkeyedLeads(Handle h, LeadIdKey key) {
        List<String> old = h.createQuery("SELECT u.lead_id FROM unkeyed_leads u JOIN leads l ON l.lead_id = u.lead_id "
                + "ORDER BY l.seq").mapTo(String.class).list();
        if (old.isEmpty()) {
            h.createUpdate("DELETE FROM unkeyed_leads").execute();
            return;
        }
        String copied = "model, kind, id_number, name, case_number, supervised_agency, due_on, summary, legal_basis, "
                + "evidence, linked_by, estimated, boundary, suggested_document, facts, state, version, reply_deadline, "
                + "first_seen_run, last_seen_run, no_longer_found_in_run, kind_info, supervised_unit, possible_matches";
        PreparedBatch park = h.prepareBatch("UPDATE leads SET seq = -seq WHERE lead_id = :old");
        PreparedBatch copy = h.prepareBatch("INSERT INTO leads (lead_id, seq, " + copied + ") SELECT :new, -seq, "
                + copied + " FROM leads WHERE lead_id = :old");
        PreparedBatch events = h.prepareBatch("UPDATE review_events SET lead_id = :new WHERE lead_id = :old");
        PreparedBatch documents = h.prepareBatch("UPDATE document_leads SET lead_id = :new WHERE lead_id = :old");
        PreparedBatch facts = h.prepareBatch("UPDATE run_lead_facts SET lead_id = :new WHERE lead_id = :old");
        PreparedBatch cited = h.prepareBatch("UPDATE governance_leads SET lead_id = :new WHERE lead_id = :old");
        PreparedBatch remove = h.prepareBatch("DELETE FROM leads WHERE lead_id = :old");
        PreparedBatch alias = h.prepareBatch("INSERT INTO lead_aliases (alias, lead_id) VALUES (:old, :new)");
        for (String o : old) {
            String n = key.keyedId(o);
            for (PreparedBatch b : List.of(park, copy, events, documents, facts, cited, remove, alias)) {
                b.bind("old", o).bind("new", n).add();
            }
        }
        for (PreparedBatch b : List.of(park, copy, events, documents, facts, cited, remove, alias)) {
            b.execute();
        }
        h.createUpdate("DELETE FROM unkeyed_leads").execute();
    }

    // ---- run jobs ------------------------------------------------------------------------

    @Override
    public RunJob startRun(LocalDate asOf, String requestedBy, Instant at) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(at, "at");
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> {
                    long n = h.createQuery("SELECT COALESCE(MAX(job_number), 0) FROM run_jobs").mapTo(Long.class).one() + 1;
                    h.createUpdate("INSERT INTO run_jobs (job_number, state, as_of, requested_by, started_at) "
                                    + "VALUES (:n, 'RUNNING', :asOf, :by, :at)")
                            .bind("n", n).bind("asOf", Sql.date(asOf)).bind("by", requestedBy)
                            .bind("at", Sql.timestamp(micros(at))).execute();
                    return job(h, n).orElseThrow();
                });
            } catch (JdbiException e) {
                if (attempt == 5 || !Sql.lostARace(e)) {
                    throw Sql.failure("lead store at " + where + ": cannot record the start of a run", e);
                }
                // another process took the same number at once: take the next
            }
        }
    }

    @Override
    public long finishRun(long job, RunResult result, Instant at) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(at, "at");
        return call("keep run job " + job, () -> jdbi.inTransaction(h -> {
            lockJob(h, job);
            long n = saveRun(h, result);
            h.createUpdate("UPDATE run_jobs SET state = 'FINISHED', finished_at = :at, run_number = :run, error = NULL "
                            + "WHERE job_number = :job")
                    .bind("at", Sql.timestamp(micros(at))).bind("run", n).bind("job", job).execute();
            return n;
        }));
    }

    @Override
    public void failRun(long job, String error, Instant at) {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(at, "at");
        run("mark run job " + job + " failed", () -> jdbi.useTransaction(h -> {
            lockJob(h, job);
            h.createUpdate("UPDATE run_jobs SET state = 'FAILED', finished_at = :at, error = :error WHERE job_number = :job")
                    .bind("at", Sql.timestamp(micros(at))).bind("error", error).bind("job", job).execute();
        }));
    }

    @Override
    public boolean interruptRun(long job, String reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        return call("mark run job " + job + " interrupted", () -> jdbi.inTransaction(h -> {
            lockJob(h, job);
            return h.createUpdate("UPDATE run_jobs SET state = 'INTERRUPTED', finished_at = :at, error = :why "
                            + "WHERE job_number = :job AND state = 'RUNNING'")
                    .bind("at", Sql.timestamp(micros(at))).bind("why", reason).bind("job", job).execute() == 1;
        }));
    }

    private static void lockJob(Handle h, long job) {
        if (h.createQuery("SELECT job_number FROM run_jobs WHERE job_number = :job FOR UPDATE").bind("job", job)
                .mapTo(Long.class).findOne().isEmpty()) {
            throw new IllegalArgumentException("no run job " + job + " was recorded");
        }
    }

    @Override
    public int interruptRuns(Instant at) {
        Objects.requireNonNull(at, "at");
        return call("mark interrupted runs", () -> jdbi.inTransaction(h -> h.createUpdate(
                        "UPDATE run_jobs SET state = 'INTERRUPTED', finished_at = :at, error = :why WHERE state = 'RUNNING'")
                .bind("at", Sql.timestamp(micros(at))).bind("why", RunJob.INTERRUPTED_REASON).execute()));
    }

    @Override
    public List<RunJob> runJobs() {
        return call("list run jobs", () -> jdbi.withHandle(h -> h.createQuery("SELECT * FROM run_jobs ORDER BY job_number")
                .map((rs, ctx) -> job(rs)).list()));
    }

    @Override
    public Optional<RunJob> runJob(long number) {
        return call("read run job " + number, () -> jdbi.withHandle(h -> job(h, number)));
    }

    private static Optional<RunJob> job(Handle h, long number) {
        return h.createQuery("SELECT * FROM run_jobs WHERE job_number = :n").bind("n", number)
                .map((rs, ctx) -> job(rs)).findOne();
    }

    private static RunJob job(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        long run = rs.getLong("run_number");
        Optional<Long> runNumber = rs.wasNull() ? Optional.empty() : Optional.of(run);
        return new RunJob(rs.getLong("job_number"), RunJob.State.valueOf(rs.getString("state")),
                rs.getObject("as_of", LocalDate.class), rs.getString("requested_by"), instant(rs, "started_at"),
                Optional.ofNullable(finished).map(OffsetDateTime::toInstant), runNumber,
                Optional.ofNullable(rs.getString("error")));
    }

    // ---- leads ---------------------------------------------------------------------------

    @Override
    public Optional<StoredLead> lead(String leadId) {
        Objects.requireNonNull(leadId, "leadId");
        return call("read a lead", () -> jdbi.withHandle(h -> {
            Optional<StoredLead> l = leadById(h, leadId);
            if (l.isPresent()) {
                return l;
            }
            // an old (unkeyed) id kept as an alias finds the lead under its keyed id
            Optional<String> current = h.createQuery("SELECT lead_id FROM lead_aliases WHERE alias = :alias")
                    .bind("alias", leadId).mapTo(String.class).findOne();
            return current.isPresent() ? leadById(h, current.get()) : l;
        }));
    }

    /**
     * One query for up to {@value #IN_LIST} ids: the leads held under the ids asked for and, in the
     * same statement, those whose old id (an alias) was asked for; a lead found under its own id wins.
     */
    @Override
    public Map<String, StoredLead> leadsById(Collection<String> leadIds) {
        Objects.requireNonNull(leadIds, "leadIds");
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(leadIds));
        return call("read " + ids.size() + " leads", () -> jdbi.withHandle(h -> {
            Map<String, StoredLead> byId = new java.util.HashMap<>();
            Map<String, StoredLead> byAlias = new java.util.HashMap<>();
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                h.createQuery("SELECT 0 AS via_alias, l.lead_id AS asked_id, " + LEAD_COLUMNS
                                + " FROM leads l WHERE l.lead_id IN (<ids>)"
                                + " UNION ALL SELECT 1 AS via_alias, a.alias AS asked_id, " + LEAD_COLUMNS
                                + " FROM lead_aliases a JOIN leads l ON l.lead_id = a.lead_id WHERE a.alias IN (<ids>)")
                        .bindList("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                        .map((rs, ctx) -> {
                            (rs.getInt("via_alias") == 0 ? byId : byAlias).put(rs.getString("asked_id"), storedLead(rs));
                            return Boolean.TRUE;
                        })
                        .list();
            }
            Map<String, StoredLead> m = new LinkedHashMap<>();
            for (String id : ids) {
                StoredLead l = byId.containsKey(id) ? byId.get(id) : byAlias.get(id);
                if (l != null) {
                    m.put(id, l);
                }
            }
            return m;
        }));
    }

    private static Optional<StoredLead> leadById(Handle h, String leadId) {
        return h.createQuery("SELECT " + LEAD_COLUMNS + " FROM leads l WHERE l.lead_id = :id")
                .bind("id", leadId).map((rs, ctx) -> storedLead(rs)).findOne();
    }

    @Override
    public List<StoredLead> leads(LeadFilter filter) {
        return call("list leads", () -> jdbi.withHandle(h -> {
            Query q = filtered(h, "SELECT " + LEAD_COLUMNS, filter,
                    " ORDER BY l.seq OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY");
            return q.bind("offset", filter.offset()).bind("limit", filter.limit())
                    .map((rs, ctx) -> storedLead(rs)).list();
        }));
    }

    @Override
    public long count(LeadFilter filter) {
        return call("count leads", () -> jdbi.withHandle(h -> filtered(h, "SELECT COUNT(*)", filter, "")
                .mapTo(Long.class).one()));
    }

    /** The filter's criteria as fixed SQL fragments, each with its value bound, never spliced in. */
    private static Query filtered(Handle h, String select, LeadFilter f, String tail) {
        StringBuilder sql = new StringBuilder(select)
                .append(" FROM leads l JOIN runs r ON r.run_number = l.first_seen_run WHERE 1 = 1");
        Map<String, Object> values = new LinkedHashMap<>();
        f.model().ifPresent(v -> {
            sql.append(" AND l.model = :model");
            values.put("model", v);
        });
        f.kind().ifPresent(v -> {
            sql.append(" AND l.kind = :kind");
            values.put("kind", v);
        });
        f.state().ifPresent(v -> {
            sql.append(" AND l.state = :state");
            values.put("state", v.name());
        });
        f.supervisedAgency().ifPresent(v -> {
            sql.append(" AND l.supervised_agency = :agency");
            values.put("agency", v);
        });
        f.firstSeenFrom().ifPresent(v -> {
            sql.append(" AND r.as_of >= :seenFrom");
            values.put("seenFrom", Sql.date(v));
        });
        f.firstSeenTo().ifPresent(v -> {
            sql.append(" AND r.as_of <= :seenTo");
            values.put("seenTo", Sql.date(v));
        });
        f.stillFound().ifPresent(v -> sql.append(v ? " AND l.no_longer_found_in_run IS NULL"
                : " AND l.no_longer_found_in_run IS NOT NULL"));
        Query q = h.createQuery(sql.append(tail).toString());
        values.forEach((name, value) -> {
            if (value instanceof org.jdbi.v3.core.argument.Argument a) {
                q.bind(name, a);
            } else {
                q.bind(name, (String) value);
            }
        });
        return q;
    }

    private static StoredLead storedLead(ResultSet rs) throws SQLException {
        String leadId = rs.getString("lead_id");
        DocumentType document = DocumentType.valueOf(rs.getString("suggested_document"));
        String agency = rs.getString("supervised_agency");
        Lead lead = new Lead(leadId, Json.kind(rs.getString("kind_info"), rs.getString("model"), rs.getString("kind"), agency,
                document), idNumber(leadId, rs.getString("id_number")), rs.getString("name"), rs.getString("case_number"),
                agency, rs.getString("supervised_unit"), Optional.ofNullable(rs.getObject("due_on", LocalDate.class)),
                rs.getString("summary"), Json.strings(rs.getString("legal_basis")), Json.evidence(rs.getString("evidence")),
                LinkedBy.fromCode(rs.getString("linked_by")), rs.getBoolean("estimated"), rs.getBoolean("boundary"),
                document, Json.stringMap(rs.getString("facts")), Json.possibleMatches(rs.getString("possible_matches")));
        long missing = rs.getLong("no_longer_found_in_run");
        Optional<Long> noLongerFound = rs.wasNull() ? Optional.empty() : Optional.of(missing);
        return new StoredLead(lead, ReviewState.valueOf(rs.getString("state")), rs.getLong("version"),
                rs.getLong("first_seen_run"), rs.getLong("last_seen_run"), noLongerFound,
                Optional.ofNullable(rs.getObject("reply_deadline", LocalDate.class)));
    }

    private static Optional<IdNumber> idNumber(String leadId, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Parsed<IdNumber> p = IdNumber.parse(text);
        if (!p.isOk()) {
            throw new XingzhiException("lead " + leadId + ": the stored identity number fails validation ("
                    + p.reason().orElse("") + ")");
        }
        return Optional.of(p.value());
    }

    // ---- review --------------------------------------------------------------------------

    @Override
    public ReviewEvent recordTransition(ReviewEvent event, Optional<LocalDate> replyDeadline) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(replyDeadline, "replyDeadline");
        String leadId = event.leadId();
        long expected = event.seq() - 1;
        ReviewEvent kept = new ReviewEvent(leadId, event.seq(), event.actor(), micros(event.at()), event.from(), event.to(),
                event.action(), event.note(), event.details());
        return call("review lead " + leadId, () -> jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE leads SET state = :to, version = :next, reply_deadline = :deadline "
                            + "WHERE lead_id = :id AND version = :expected AND state = :from")
                    .bind("to", kept.to().name()).bind("next", kept.seq())
                    .bind("deadline", Sql.date(replyDeadline))
                    .bind("id", leadId).bind("expected", expected).bind("from", kept.from().name())
                    .execute();
            if (changed != 1) {
                record Standing(ReviewState state, long version) {
                }
                Standing now = h.createQuery("SELECT state, version FROM leads WHERE lead_id = :id").bind("id", leadId)
                        .map((rs, ctx) -> new Standing(ReviewState.valueOf(rs.getString(1)), rs.getLong(2)))
                        .findOne().orElseThrow(() -> new UnknownLeadException(leadId));
                if (now.version() != expected) {
                    throw new ConcurrentReviewException(leadId, expected, now.version());
                }
                throw new IllegalArgumentException("lead " + leadId + " is " + now.state() + " at version " + expected
                        + ", not " + kept.from());
            }
            h.createUpdate("INSERT INTO review_events (lead_id, seq, actor, acted_at, from_state, to_state, action, note, "
                            + "details) VALUES (:id, :seq, :actor, :at, :from, :to, :action, :note, :details)")
                    .bind("id", leadId).bind("seq", kept.seq()).bind("actor", kept.actor())
                    .bind("at", Sql.timestamp(kept.at())).bind("from", kept.from().name())
                    .bind("to", kept.to().name()).bind("action", kept.action().name()).bind("note", kept.note())
                    .bind("details", Json.write(kept.details()))
                    .execute();
            return kept;
        }));
    }

    @Override
    public Map<String, List<ReviewEvent>> histories(Collection<String> leadIds) {
        Objects.requireNonNull(leadIds, "leadIds");
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(leadIds));
        return call("read the histories of " + ids.size() + " leads", () -> jdbi.withHandle(h -> {
            Map<String, List<ReviewEvent>> m = new LinkedHashMap<>();
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                h.createQuery("SELECT * FROM review_events WHERE lead_id IN (<ids>) ORDER BY lead_id, seq")
                        .bindList("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                        .map((rs, ctx) -> event(rs))
                        .forEach(e -> m.computeIfAbsent(e.leadId(), k -> new ArrayList<>()).add(e));
            }
            return m;
        }));
    }

    @Override
    public List<ReviewEvent> history(String leadId) {
        Objects.requireNonNull(leadId, "leadId");
        return call("read the history of lead " + leadId, () -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM review_events WHERE lead_id = :id ORDER BY seq")
                .bind("id", leadId)
                .map((rs, ctx) -> event(rs))
                .list()));
    }

    private static ReviewEvent event(ResultSet rs) throws SQLException {
        return new ReviewEvent(rs.getString("lead_id"), rs.getLong("seq"), rs.getString("actor"),
                instant(rs, "acted_at"), ReviewState.valueOf(rs.getString("from_state")),
                ReviewState.valueOf(rs.getString("to_state")), ReviewActionType.valueOf(rs.getString("action")),
                rs.getString("note"), Json.stringMap(rs.getString("details")));
    }

    // ---- documents -----------------------------------------------------------------------

    @Override
    public StoredDocument file(DocumentType type, int year, LongFunction<StoredDocument> numbered) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(numbered, "numbered");
        String series = type.name() + " " + year;
        try {
            // the sequence's row, created once in its own transaction: of two first filings at once, one
            // insert fails on the primary key, which is fine, the row is there
            jdbi.useTransaction(h -> h.createUpdate("INSERT INTO document_sequences (document_type, doc_year, last_number) "
                            + "SELECT :type, :year, 0 WHERE NOT EXISTS (SELECT 1 FROM document_sequences "
                            + "WHERE document_type = :type AND doc_year = :year)")
                    .bind("type", type.name()).bind("year", year).execute());
        } catch (JdbiException e) {
            // created by a concurrent filing; the update below finds it
        }
        return call("file a document of " + series, () -> jdbi.inTransaction(h -> {
            int bumped = h.createUpdate("UPDATE document_sequences SET last_number = last_number + 1 "
                            + "WHERE document_type = :type AND doc_year = :year")
                    .bind("type", type.name()).bind("year", year).execute();
            if (bumped != 1) {
                throw new XingzhiException("lead store at " + where + ": no document sequence for " + series);
            }
            long next = h.createQuery("SELECT last_number FROM document_sequences WHERE document_type = :type "
                            + "AND doc_year = :year")
                    .bind("type", type.name()).bind("year", year).mapTo(Long.class).one();
            StoredDocument d = Objects.requireNonNull(numbered.apply(next), "numbered document");
            saveDocument(h, d);
            return d;
        }));
    }

    @Override
    public void saveDocument(StoredDocument d) {
        Objects.requireNonNull(d, "document");
        run("save document " + d.id(), () -> jdbi.useTransaction(h -> saveDocument(h, d)));
    }

    private static void saveDocument(Handle h, StoredDocument d) {
        boolean exists = h.createQuery("SELECT document_id FROM documents WHERE document_id = :id FOR UPDATE")
                .bind("id", d.id()).mapTo(String.class).findOne().isPresent();
        String sql = exists
                ? "UPDATE documents SET document_type = :type, document_number = :number, document_date = :date, "
                + "recipient = :recipient, reply_deadline = :deadline, body_markdown = :body WHERE document_id = :id"
                : "INSERT INTO documents (document_id, document_type, document_number, document_date, recipient, "
                + "reply_deadline, body_markdown) VALUES (:id, :type, :number, :date, :recipient, :deadline, :body)";
        h.createUpdate(sql).bind("id", d.id()).bind("type", d.type().name()).bind("number", d.number())
                .bind("date", Sql.date(d.date())).bind("recipient", d.recipient())
                .bind("deadline", Sql.date(d.replyDeadline())).bind("body", d.bodyMarkdown())
                .execute();
        h.createUpdate("DELETE FROM document_leads WHERE document_id = :id").bind("id", d.id()).execute();
        PreparedBatch b = h.prepareBatch("INSERT INTO document_leads (document_id, ordinal, lead_id) "
                + "VALUES (:id, :ordinal, :lead)");
        for (int i = 0; i < d.leadIds().size(); i++) {
            b.bind("id", d.id()).bind("ordinal", i).bind("lead", d.leadIds().get(i)).add();
        }
        b.execute();
    }

    @Override
    public List<StoredDocument> documents() {
        return call("list documents", () -> jdbi.withHandle(h -> documents(h,
                "SELECT document_id, lead_id FROM document_leads ORDER BY document_id, ordinal",
                "SELECT * FROM documents ORDER BY seq", null)));
    }

    @Override
    public List<StoredDocument> documentsOf(String leadId) {
        Objects.requireNonNull(leadId, "leadId");
        String mine = "SELECT document_id FROM document_leads WHERE lead_id = :lead";
        return call("list the documents of a lead", () -> jdbi.withHandle(h -> documents(h,
                "SELECT document_id, lead_id FROM document_leads WHERE document_id IN (" + mine + ") "
                        + "ORDER BY document_id, ordinal",
                "SELECT * FROM documents WHERE document_id IN (" + mine + ") ORDER BY seq", leadId)));
    }

    /** The documents the two fixed queries select, with their leads in order; {@code leadId} bound when given. */
    private static List<StoredDocument> documents(Handle h, String leadsSql, String documentsSql, String leadId) {
        Map<String, List<String>> leads = new HashMap<>();
        Query ls = h.createQuery(leadsSql);
        Query ds = h.createQuery(documentsSql);
        if (leadId != null) {
            ls.bind("lead", leadId);
            ds.bind("lead", leadId);
        }
        ls.map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> leads.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return ds.map((rs, ctx) -> new StoredDocument(rs.getString("document_id"),
                        leads.getOrDefault(rs.getString("document_id"), List.of()),
                        DocumentType.valueOf(rs.getString("document_type")), rs.getString("document_number"),
                        rs.getObject("document_date", LocalDate.class), rs.getString("recipient"),
                        Optional.ofNullable(rs.getObject("reply_deadline", LocalDate.class)),
                        rs.getString("body_markdown")))
                .list();
    }

    // ---- source governance -----------------------------------------------------------------

    @Override
    public GovernanceRecord keep(java.util.function.LongFunction<GovernanceRecord> numbered) {
        Objects.requireNonNull(numbered, "numbered");
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> {
                    long n = h.createQuery("SELECT COALESCE(MAX(record_number), 0) FROM governance_records")
                            .mapTo(Long.class).one() + 1;
                    GovernanceRecord r = Objects.requireNonNull(numbered.apply(n), "numbered record");
                    if (r.number() != n) {
                        throw new IllegalArgumentException("record numbered " + r.number() + ", not " + n);
                    }
                    h.createUpdate("INSERT INTO governance_records (record_number, kind, title, agencies, record_date, "
                                    + "deadline, document_number, content, parent_number, status, closed_on, closing_note, "
                                    + "adopted_on, adoption_note, recorded_by) VALUES (:n, :kind, :title, :agencies, :date, "
                                    + ":deadline, :number, :content, :parent, :status, :closedOn, :note, :adoptedOn, "
                                    + ":adoptionNote, :by)")
                            .bind("n", n).bind("kind", r.kind().name()).bind("title", r.title())
                            .bind("agencies", Json.write(r.agencies())).bind("date", Sql.date(r.date()))
                            .bind("deadline", Sql.date(r.deadline())).bind("number", r.documentNumber())
                            .bind("content", r.content()).bind("parent", r.parent().orElse(null))
                            .bind("status", r.status().name()).bind("closedOn", Sql.date(r.closedOn()))
                            .bind("note", r.closingNote()).bind("adoptedOn", Sql.date(r.adoptedOn()))
                            .bind("adoptionNote", r.adoptionNote()).bind("by", r.recordedBy())
                            .execute();
                    PreparedBatch b = h.prepareBatch("INSERT INTO governance_leads (record_number, ordinal, lead_id) "
                            + "VALUES (:n, :ordinal, :lead)");
                    for (int i = 0; i < r.leadIds().size(); i++) {
                        b.bind("n", n).bind("ordinal", i).bind("lead", r.leadIds().get(i)).add();
                    }
                    if (b.size() > 0) {
                        b.execute();
                    }
                    return r;
                });
            } catch (JdbiException e) {
                if (attempt == 50 || !Sql.lostARace(e)) {
                    throw Sql.failure("lead store at " + where + ": cannot keep a governance record", e);
                }
                // another writer took the same number at once: take the next
            }
        }
    }

    @Override
    public List<GovernanceRecord> governanceRecords() {
        return call("list governance records", () -> jdbi.withHandle(h -> governance(h, null)));
    }

    @Override
    public Optional<GovernanceRecord> governanceRecord(long number) {
        return call("read governance record g" + number, () -> jdbi.withHandle(h -> governance(h, number))
                .stream().findFirst());
    }

    @Override
    public GovernanceRecord close(GovernanceRecord closed, GovernanceStatus from) {
        Objects.requireNonNull(closed, "closed");
        Objects.requireNonNull(from, "from");
        long n = closed.number();
        return call("close governance record g" + n, () -> jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE governance_records SET status = :to, closed_on = :on, closing_note = :note, "
                            + "adopted_on = :adoptedOn, adoption_note = :adoptionNote WHERE record_number = :n AND status = :from")
                    .bind("to", closed.status().name()).bind("on", Sql.date(closed.closedOn()))
                    .bind("note", closed.closingNote()).bind("adoptedOn", Sql.date(closed.adoptedOn()))
                    .bind("adoptionNote", closed.adoptionNote()).bind("n", n).bind("from", from.name()).execute();
            List<GovernanceRecord> now = governance(h, n);
            if (now.isEmpty()) {
                throw new IllegalArgumentException("no governance record g" + n + " is kept");
            }
            if (changed != 1) {
                throw new IllegalStateException("g" + n + " is " + now.get(0).status().label() + ", no longer " + from.label());
            }
            return now.get(0);
        }));
    }

    /** Record {@code number} (none when not kept), or every record when {@code number} is null, by number. */
    private static List<GovernanceRecord> governance(Handle h, Long number) {
        String where = number == null ? "" : " WHERE record_number = :n";
        Query leads = h.createQuery("SELECT record_number, lead_id FROM governance_leads" + where
                + " ORDER BY record_number, ordinal");
        Query records = h.createQuery("SELECT * FROM governance_records" + where + " ORDER BY record_number");
        if (number != null) {
            leads.bind("n", number.longValue());
            records.bind("n", number.longValue());
        }
        Map<Long, List<String>> cited = new HashMap<>();
        leads.map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> cited.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return records.map((rs, ctx) -> {
            long n = rs.getLong("record_number");
            long parent = rs.getLong("parent_number");
            Optional<Long> parentNumber = rs.wasNull() ? Optional.empty() : Optional.of(parent);
            return new GovernanceRecord(n, GovernanceKind.valueOf(rs.getString("kind")), rs.getString("title"),
                    Json.strings(rs.getString("agencies")), rs.getObject("record_date", LocalDate.class),
                    Optional.ofNullable(rs.getObject("deadline", LocalDate.class)), rs.getString("document_number"),
                    rs.getString("content"), cited.getOrDefault(n, List.of()), parentNumber,
                    GovernanceStatus.valueOf(rs.getString("status")),
                    Optional.ofNullable(rs.getObject("closed_on", LocalDate.class)), rs.getString("closing_note"),
                    Optional.ofNullable(rs.getObject("adopted_on", LocalDate.class)), rs.getString("adoption_note"),
                    rs.getString("recorded_by"));
        }).list();
    }

    // ---- audit ---------------------------------------------------------------------------

    @Override
    public void audit(AuditEntry e) {
        Objects.requireNonNull(e, "entry");
        run("write the audit trail", () -> jdbi.useTransaction(h -> {
            long id = h.createUpdate("INSERT INTO audit_log (acted_at, actor, origin, action, detail) "
                            + "VALUES (:at, :actor, :origin, :action, :detail)")
                    .bind("at", Sql.timestamp(micros(e.at()))).bind("actor", e.actor()).bind("origin", e.origin())
                    .bind("action", e.action()).bind("detail", e.detail())
                    .executeAndReturnGeneratedKeys("entry_id").mapTo(Long.class).one();
            if (!e.leadIds().isEmpty()) {
                PreparedBatch b = h.prepareBatch("INSERT INTO audit_leads (entry_id, ordinal, lead_id) "
                        + "VALUES (:id, :ordinal, :lead)");
                for (int i = 0; i < e.leadIds().size(); i++) {
                    b.bind("id", id).bind("ordinal", i).bind("lead", e.leadIds().get(i)).add();
                }
                b.execute();
            }
        }));
    }

    @Override
    public List<AuditEntry> auditTrail(long offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must not be negative");
        }
        return call("read the audit trail", () -> jdbi.inTransaction(h -> {
            record Row(long id, Instant at, String actor, String origin, String action, String detail) {
            }
            List<Row> rows = h.createQuery("SELECT entry_id, acted_at, actor, origin, action, detail FROM audit_log "
                            + "ORDER BY entry_id OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
                    .bind("offset", offset).bind("limit", limit)
                    .map((rs, ctx) -> new Row(rs.getLong(1), instant(rs, "acted_at"), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)))
                    .list();
            if (rows.isEmpty()) {
                return List.<AuditEntry>of();
            }
            Map<Long, List<String>> leads = new HashMap<>();
            h.createQuery("SELECT entry_id, lead_id FROM audit_leads WHERE entry_id BETWEEN :first AND :last "
                            + "ORDER BY entry_id, ordinal")
                    .bind("first", rows.get(0).id()).bind("last", rows.get(rows.size() - 1).id())
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(en -> leads.computeIfAbsent(en.getKey(), k -> new ArrayList<>()).add(en.getValue()));
            return rows.stream().map(r -> new AuditEntry(r.at(), r.actor(), r.origin(), r.action(),
                    leads.getOrDefault(r.id(), List.of()), r.detail())).toList();
        }));
    }

    // ---- helpers -------------------------------------------------------------------------

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant micros(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T call(String what, Supplier<T> body) {
        try {
            return body.get();
        } catch (JdbiException e) {
            throw Sql.failure("lead store at " + where + ": cannot " + what, e);
        }
    }

    private void run(String what, Runnable body) {
        call(what, () -> {
            body.run();
            return null;
        });
    }

    @Override
    public String toString() {
        return "JdbiLeadStore[" + where + "]";
    }
}

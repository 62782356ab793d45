package io.xingzhi.adapter.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.port.StoreFailureException;
import io.xingzhi.core.app.Actor;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.app.DocumentService;
import io.xingzhi.core.app.GovernanceService;
import io.xingzhi.core.app.UnknownGovernanceRecordException;
import io.xingzhi.core.governance.GovernanceKind;
import io.xingzhi.core.governance.GovernanceRecord;
import io.xingzhi.core.governance.GovernanceStatistics;
import io.xingzhi.core.app.FiledDocument;
import io.xingzhi.core.app.InvalidFieldException;
import io.xingzhi.core.app.LeadDetail;
import io.xingzhi.core.app.LeadPage;
import io.xingzhi.core.app.RequestFields;
import io.xingzhi.core.app.ReviewOutcome;
import io.xingzhi.core.app.ReviewService;
import io.xingzhi.core.document.DocumentDraft;
import io.xingzhi.core.document.DocumentRefusedException;
import io.xingzhi.core.document.TemplateException;
import io.xingzhi.core.stats.ClassCaseReport;
import io.xingzhi.core.port.AuditEntry;
import io.xingzhi.core.port.ConcurrentReviewException;
import io.xingzhi.core.port.DocumentRenderer;
import io.xingzhi.core.port.StoredDocument;
import io.xingzhi.core.review.ReviewWorkflow;
import io.xingzhi.core.value.PersonalData;
import io.xingzhi.core.port.LeadFilter;
import io.xingzhi.core.port.UnknownLeadException;
import io.xingzhi.core.review.IllegalTransitionException;
import io.xingzhi.core.review.ReviewActionType;
import io.xingzhi.core.review.ReviewState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: stored leads, their review, documents, statistics and runs as JSON over HTTP,
 * built from explicit handles: core's {@link ApplicationServices} (over one store) and a
 * {@link TokenRegistry}. A door, not a second application: each handler reads the request into
 * core's vocabulary ({@link RequestFields}), makes one service call and renders the answer, so a
 * review, a document or a statistic is the same here as on the command line. It promises:
 * <ul>
 *   <li>every route except {@code GET /openapi.json} needs {@code Authorization: Bearer <token>}:
 *       no or an unknown token gives 401 with {@code WWW-Authenticate: Bearer}, a role too low gives
 *       403; guessing is slowed by an {@link AuthThrottle} by address and by token fingerprint, without
 *       slowing a token already accepted from that address (429 with {@code Retry-After} when a
 *       source is saturated); refused requests (401, 403, 429) are audited with the token's
 *       fingerprint, never the token: each 401 and 403, the first 429 of a source within the throttle's
 *       window, and the other 429s counted, one entry per address and token a window later or when the
 *       server stops ({@link AuthThrottle.RefusalTally});</li>
 *   <li>reviewers and admins see full data; everything a viewer receives passes one masking
 *       function ({@link ViewerMask}: core's {@code PersonalData.mask} with the names of the leads
 *       shown), notes, reasons, event details, run errors and error messages included, and viewers do
 *       not see who started a run;</li>
 *   <li>every request that returns personal data or acts on a lead appends an {@link AuditEntry}
 *       (who, when, which leads, remote address, action) before answering;</li>
 *   <li>every error is {@code application/problem+json} (RFC 9457) without a stack trace, Jetty's own
 *       refusals (a URI that is not UTF-8, header fields too large) included; bad input is 4xx, never
 *       500: bodies over {@link Builder#maxRequestBytes} get 413, page sizes over
 *       {@link Builder#maxPageSize} 400, a body nested deeper than {@value #MAX_NESTING} levels, with a
 *       member named twice or anything after its object is malformed JSON, a NUL character or a lone
 *       surrogate in a body, a query parameter or the path is 400 before any store sees it, and a
 *       method a path does not take is 405 with {@code Allow};</li>
 *   <li>run jobs are kept in the store from their start ({@code POST /runs} answers 202 once the job
 *       is recorded); on start the server marks the jobs a previous server left running as
 *       interrupted, so run one server per store;</li>
 *   <li>the routes served are exactly {@link #routes()}, and {@code /openapi.json} describes them;
 *       besides them, the review console's static files under {@code /console/} (no token, each with
 *       an ETag, {@code no-cache} and a Content-Security-Policy without inline script), which call only
 *       those routes; every answer carries {@code nosniff}, {@code X-Frame-Options: DENY} and
 *       {@code Referrer-Policy: no-referrer};</li>
 *   <li>every JSON member and query parameter name is snake_case, as in {@code leads.jsonl} and the
 *       command line's {@code --json} (a lead's fields are those of CONTRACT.md §4), except the
 *       RFC 9457 members of a problem; a body member or query parameter the route does not know is
 *       400, never silently ignored.</li>
 * </ul>
 * Identity numbers are never logged.
 */
public final class XingzhiServer {
    private static final Logger LOG = LoggerFactory.getLogger(XingzhiServer.class);
    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";
    /** The deepest nesting a request body may have (bodies are flat objects with arrays of strings). */
    static final int MAX_NESTING = 16;
    /** The request attribute holding the authenticated {@link Principal}. */
    private static final String PRINCIPAL = "xingzhi.principal";
    /** Set once a route has audited its request itself (with the leads it showed). */
    private static final String AUDITED = "xingzhi.audited";

    /**
     * One route the server answers.
     *
     * @param method {@code GET} or {@code POST}
     * @param path the path, with {@code {name}} path parameters as in OpenAPI
     * @param role the lowest role allowed; empty for a public route
     */
    public record Route(String method, String path, Optional<Role> role) {
    }

    private interface Action {
        Object handle(Context ctx, Principal who) throws Exception;
    }

    private record Bound(Route route, Action action) {
    }

    /** A handler's answer when it is not a plain 200: a status, headers and the body. */
    private record Reply(int status, Map<String, String> headers, Object body) {
    }

    /** A handler's answer that is a file, not JSON: its media type, headers and bytes (already fit for the caller). */
    private record Binary(String contentType, Map<String, String> headers, byte[] bytes) {
    }

    private final ApplicationServices services;
    private final TokenRegistry tokens;
    private final Optional<DocumentRenderer> renderer;
    private final AuthThrottle throttle;
    private final Clock clock;
    private final long maxRequestBytes;
    private final int maxPageSize;
    private final int defaultPageSize;
    /** Writes the {@link Views} records in snake_case; map keys (data such as model names) stay as they are. */
    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    /**
     * Reads request bodies strictly: at most {@link #MAX_NESTING} levels, a member named twice and
     * anything after the object are malformed JSON (a body means one thing or is refused).
     */
    private final ObjectMapper reader = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private volatile RunJobs jobs;
    private final List<Bound> table;
    private final byte[] openApi;
    private final ConsoleAssets console;
    private Javalin app;

    private XingzhiServer(Builder b) {
        this.services = b.services;
        this.tokens = b.tokens;
        this.renderer = b.renderer;
        this.throttle = b.throttle;
        this.clock = b.services.clock();
        this.maxRequestBytes = b.maxRequestBytes;
        this.maxPageSize = b.maxPageSize;
        this.defaultPageSize = Math.min(50, b.maxPageSize);
        this.openApi = loadOpenApi();
        this.console = ConsoleAssets.load();
        this.table = List.of(
                new Bound(new Route("GET", "/openapi.json", Optional.empty()), (c, w) -> openApi),
                new Bound(new Route("GET", "/leads", Optional.of(Role.VIEWER)), this::listLeads),
                new Bound(new Route("GET", "/leads/{id}", Optional.of(Role.VIEWER)), this::oneLead),
                new Bound(new Route("POST", "/leads/{id}/review", Optional.of(Role.REVIEWER)), this::review),
                new Bound(new Route("GET", "/stats", Optional.of(Role.VIEWER)), this::stats),
                new Bound(new Route("GET", "/runs", Optional.of(Role.VIEWER)), this::listRuns),
                new Bound(new Route("POST", "/runs", Optional.of(Role.ADMIN)), this::startRun),
                new Bound(new Route("GET", "/runs/{id}", Optional.of(Role.VIEWER)), this::oneRun),
                new Bound(new Route("POST", "/documents", Optional.of(Role.REVIEWER)), this::fileDocument),
                new Bound(new Route("GET", "/documents", Optional.of(Role.VIEWER)), this::listDocuments),
                new Bound(new Route("GET", "/documents/{number}", Optional.of(Role.VIEWER)), this::oneDocument),
                new Bound(new Route("GET", "/me", Optional.of(Role.VIEWER)), this::me),
                new Bound(new Route("GET", "/class-cases", Optional.of(Role.VIEWER)), this::classCases),
                new Bound(new Route("GET", "/governance", Optional.of(Role.VIEWER)), this::listGovernance),
                new Bound(new Route("POST", "/governance", Optional.of(Role.REVIEWER)), this::recordGovernance),
                new Bound(new Route("POST", "/governance/{id}/close", Optional.of(Role.REVIEWER)), this::closeGovernance));
    }

    /** A builder over the two handles every server needs: the services (with their store) and the tokens. */
    public static Builder builder(ApplicationServices services, TokenRegistry tokens) {
        return new Builder(services, tokens);
    }

    /** Every route this server answers, in registration order. */
    public List<Route> routes() {
        return table.stream().map(Bound::route).toList();
    }

    /**
     * Starts listening on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one
     * @return the port listened on
     */
    public synchronized int start(int port) {
        return start("127.0.0.1", port);
    }

    /** Starts listening on {@code host}; returns the port listened on. */
    public synchronized int start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("server already started");
        }
        Javalin j = Javalin.create(config -> {
            config.http.maxRequestSize = maxRequestBytes;
            config.startup.showJavalinBanner = false;
            // Jetty's own refusals (a bad URI encoding, headers too large) as problems, not HTML
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new ProblemErrorHandler()));
            Map<String, Set<String>> methods = new LinkedHashMap<>();
            for (Bound b : table) {
                methods.computeIfAbsent(b.route().path(), p -> new TreeSet<>()).add(b.route().method());
                if (b.route().method().equals("GET")) {
                    config.routes.get(b.route().path(), ctx -> serve(ctx, b));
                } else {
                    config.routes.post(b.route().path(), ctx -> serve(ctx, b));
                }
            }
            // a path that exists answers any other method with 405 and the methods it allows
            methods.forEach((path, allowed) -> {
                String allow = String.join(", ", allowed);
                for (HandlerType t : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
                        HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS)) {
                    if (!allowed.contains(t.name())) {
                        config.routes.addHttpHandler(t, path, ctx -> {
                            throw new ApiProblem(405, "method-not-allowed", "Method not allowed", ctx.method() + " is not "
                                    + "allowed on " + path + "; allowed: " + allow, Map.of(), Map.of("Allow", allow));
                        });
                    }
                }
            });
            // every answer: no MIME sniffing, never in a frame, no Referer to anywhere
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            // the review console: static files outside the API (no token; what they fetch is the API)
            config.routes.get("/console", this::console);
            config.routes.get("/console/{file}", this::console);
            config.routes.get("/console/vendor/{file}", this::console);
            config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, toProblem(e)));
            // unmatched routes never reach a handler: answer them as problems too
            config.routes.error(404, ctx -> unlessProblem(ctx, new ApiProblem(404, "not-found", "Not found",
                    "no such route; see /openapi.json")));
            config.routes.error(405, ctx -> unlessProblem(ctx, new ApiProblem(405, "method-not-allowed",
                    "Method not allowed", "see /openapi.json")));
        });
        // a run its predecessor left running (a crash, a kill) can no longer end: say so before answering
        int interrupted = services.markInterruptedRuns();
        if (interrupted > 0) {
            LOG.warn("{} run(s) left running by a previous server are marked interrupted", interrupted);
        }
        jobs = services.runs().map(r -> new RunJobs(r, services.runGate())).orElse(null);
        j.start(host, port);
        app = j;
        return j.port();
    }

    /**
     * One file of the review console: {@code /console} is redirected to {@code /console/} (so the page's
     * relative links resolve), a known file is answered with its ETag, {@code Cache-Control: no-cache} and
     * the console's Content-Security-Policy (304 when the browser has it), anything else is 404.
     */
    private void console(Context ctx) {
        if (ctx.path().equals("/console")) {
            ctx.status(302).header("Location", "/console/");
            return;
        }
        String name = ctx.path().substring("/console/".length());
        ConsoleAssets.Asset a = console.get(name).orElseThrow(() -> new ApiProblem(404, "not-found", "Not found",
                "no such file of the console"));
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", a.etag());
        ctx.header("Content-Security-Policy", ConsoleAssets.CSP);
        if (ConsoleAssets.matches(ctx.header("If-None-Match"), a.etag())) {
            ctx.status(304);
            return;
        }
        ctx.status(200).contentType(a.contentType()).result(a.bytes());
    }

    /** Stops listening; does nothing when not started. */
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
            throttle.drainTallies().forEach(this::auditTally); // refusals counted but not yet audited
            if (jobs != null) {
                jobs.shutdown();
            }
        }
    }

    private void serve(Context ctx, Bound b) throws Exception {
        Principal who = null;
        if (b.route().role().isPresent()) {
            who = authenticate(ctx);
            ctx.attribute(PRINCIPAL, who);
            Role need = b.route().role().get();
            if (!who.role().includes(need)) {
                refused(ctx, who.name(), "refused: forbidden", "none");
                throw new ApiProblem(403, "forbidden", "Forbidden", "this needs the role " + need.code() + "; the token of "
                        + who.name() + " has the role " + who.role().code());
            }
        }
        if (ctx.queryString() != null && !percentEncodedUtf8(ctx.queryString())) {
            throw ApiProblem.badRequest("the query is not valid UTF-8 percent-encoding");
        }
        for (Map.Entry<String, List<String>> q : ctx.queryParamMap().entrySet()) {
            refuseBadText(q.getKey(), "a query parameter name");
            q.getValue().forEach(v -> refuseBadText(v, "query parameter " + q.getKey()));
        }
        ctx.pathParamMap().forEach((k, v) -> refuseBadText(v, "the path"));
        Object body;
        try {
            body = b.action().handle(ctx, who);
        } catch (Exception e) {
            auditUnaudited(ctx, who, b.route(), e instanceof ApiProblem p ? "status " + p.status()
                    : "refused or failed (" + e.getClass().getSimpleName() + ")");
            throw e;
        }
        if (b.route().method().equals("GET")) {
            auditUnaudited(ctx, who, b.route(), "status 200"); // a successful change is audited by the service that made it
        }
        ctx.status(200);
        if (body instanceof Reply r) {
            ctx.status(r.status());
            r.headers().forEach(ctx::header);
            body = r.body();
        }
        // an answer may hold personal data: no cache, shared or private, keeps a copy
        ctx.header("Cache-Control", "no-store");
        if (body instanceof Binary file) {
            file.headers().forEach(ctx::header);
            ctx.contentType(file.contentType()).result(file.bytes());
        } else if (body instanceof byte[] bytes) {
            ctx.contentType(JSON).result(bytes);
        } else if (who != null && who.role().seesMaskedData()) {
            // one masking path for everything a viewer receives
            ctx.contentType(JSON).result(mapper.writeValueAsBytes(ViewerMask.mask(mapper.valueToTree(body), this::namesOf)));
        } else {
            ctx.contentType(JSON).result(mapper.writeValueAsBytes(body));
        }
    }

    private Principal authenticate(Context ctx) {
        String address = ctx.ip();
        String header = ctx.header("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        String token = bearer ? header.substring(7).strip() : "";
        String fingerprint = token.isEmpty() ? "none" : TokenRegistry.fingerprint(token);
        AuthThrottle.Decision d = throttle.admit(address, fingerprint);
        throttle.dueTallies().forEach(this::auditTally);
        if (d instanceof AuthThrottle.Decision.Refuse r) {
            if (r.firstInWindow()) {
                refused(ctx, "(unauthenticated)", "refused: throttled", fingerprint);
            }
            long seconds = Math.max(1, (r.retryAfter().toMillis() + 999) / 1000);
            throw new ApiProblem(429, "too-many-attempts", "Too many failed attempts", "too many failed authentications from "
                    + "this address or with this token; try again in " + seconds + " s",
                    Map.of(), Map.of("Retry-After", String.valueOf(seconds)));
        }
        if (d instanceof AuthThrottle.Decision.Wait w) {
            try {
                Thread.sleep(w.duration().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (header == null || header.isBlank()) {
            throttle.failed(address, fingerprint);
            refused(ctx, "(unauthenticated)", "refused: no token", fingerprint);
            throw unauthorized("no bearer token: send Authorization: Bearer <token>", false);
        }
        if (!bearer || token.isEmpty()) {
            throttle.failed(address, fingerprint);
            refused(ctx, "(unauthenticated)", "refused: not a bearer token", fingerprint);
            throw unauthorized("the Authorization header is not a bearer token", false);
        }
        Optional<Principal> p = tokens.authenticate(token);
        if (p.isEmpty()) {
            throttle.failed(address, fingerprint);
            LOG.info("refused an unknown token (sha256 {}...) from {}", fingerprint, address);
            refused(ctx, "(unauthenticated)", "refused: unknown token", fingerprint);
            throw unauthorized("unknown token", true);
        }
        throttle.succeeded(address, fingerprint);
        return p.get();
    }

    /**
     * Audits the throttled requests of one address and token that had no entry of their own (only the first
     * refusal of a source within the throttle's window has one): how many, over which time.
     */
    private void auditTally(AuthThrottle.RefusalTally t) {
        try {
            services.audit().audit(new AuditEntry(clock.instant(), "(unauthenticated)", t.address(), "refused: throttled, counted",
                    List.of(), t.count() + " more throttled request" + (t.count() == 1 ? "" : "s") + " from " + t.first() + " to "
                            + t.last() + " without an entry of their own"
                            + (t.fingerprint().equals("none") ? "" : "; token sha256 " + t.fingerprint() + "...")));
        } catch (RuntimeException e) {
            LOG.warn("could not audit a tally of refused requests: {}", e.getClass().getName());
        }
    }

    /** Audits a refused request: who (if known), from where, why, and the token's fingerprint, never the token. */
    private void refused(Context ctx, String actor, String action, String fingerprint) {
        try {
            services.audit().audit(new AuditEntry(clock.instant(), actor, ctx.ip(), action, List.of(),
                    ctx.method() + " " + readable(ctx.path(), false)
                            + (fingerprint.equals("none") ? "" : "; token sha256 " + fingerprint + "...")));
        } catch (RuntimeException e) {
            LOG.warn("could not audit a refused request: {}", e.getClass().getName());
        }
    }

    /** 401 with {@code WWW-Authenticate: Bearer} (RFC 6750), {@code error="invalid_token"} for a token that was presented. */
    private static ApiProblem unauthorized(String detail, boolean invalidToken) {
        return new ApiProblem(401, "unauthorized", "Unauthorized", detail, Map.of(), Map.of("WWW-Authenticate",
                "Bearer realm=\"xingzhi\"" + (invalidToken ? ", error=\"invalid_token\"" : "")));
    }

    // ---- handlers

    private Object listLeads(Context ctx, Principal who) {
        onlyParams(ctx, Set.of("model", "kind", "status", "agency", "from", "to", "offset", "limit"));
        Optional<String> model = text(ctx, "model");
        Optional<String> kind = text(ctx, "kind");
        if (model.isPresent() || kind.isPresent()) {
            checkModelAndKind(model, kind);
        }
        Optional<LocalDate> from = text(ctx, "from").map(s -> date("from", s));
        Optional<LocalDate> to = text(ctx, "to").map(s -> date("to", s));
        period(from, to);
        LeadFilter f = new LeadFilter(model, kind, text(ctx, "status").map(XingzhiServer::state), text(ctx, "agency"), from, to,
                Optional.empty(), 0, Integer.MAX_VALUE);
        long offset = number(ctx, "offset", 0, Long.MAX_VALUE);
        int limit = (int) number(ctx, "limit", defaultPageSize, maxPageSize);
        LeadPage page = services.leads().find(f.withPage(offset, limit));
        List<String> ids = page.leads().stream().map(l -> l.leadId()).toList();
        audit(ctx, who, "GET /leads", ids, queryDetail(ctx));
        return new Views.LeadPage(page.total(), offset, limit, page.leads().stream().map(Views::lead).toList());
    }

    private Object oneLead(Context ctx, Principal who) {
        onlyParams(ctx, Set.of());
        String id = ctx.pathParam("id");
        LeadDetail d = services.leads().detail(id);
        audit(ctx, who, "GET /leads/{id}", List.of(d.lead().leadId()), "");
        // what this caller may do now, by the workflow and the caller's role: a page never hard-codes the rules
        List<Views.ActionView> allowed = who.role().includes(Role.REVIEWER)
                ? ReviewWorkflow.allowedActions(d.lead().state()).stream()
                        .map(t -> Views.action(t, services.documents().settings().referralDepartments())).toList() : List.of();
        return new Views.LeadDetail(Views.lead(d.lead()),
                d.history().stream().map(Views::event).toList(), d.lead().lead().kind().modelLabel(),
                Views.factLabels(d.lead()), allowed, Views.dismissReasons());
    }

    private Object me(Context ctx, Principal who) {
        onlyParams(ctx, Set.of());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", who.name());
        m.put("role", who.role().code());
        return m;
    }

    private Object listDocuments(Context ctx, Principal who) {
        onlyParams(ctx, Set.of("lead_id"));
        Optional<String> lead = text(ctx, "lead_id");
        if (lead.isPresent() && services.leads().lead(lead.get()).isEmpty()) {
            // a lead id no store holds (a typo, an id of another store) would pass for "no documents"
            throw ApiProblem.badRequest("lead_id: no lead " + lead.get() + " in this store", "lead_id");
        }
        List<StoredDocument> docs = services.documents().documents(lead);
        List<String> ids = docs.stream().flatMap(d -> d.leadIds().stream()).distinct().toList();
        audit(ctx, who, "GET /documents", ids, queryDetail(ctx));
        // for a viewer, ViewerMask masks the names of every lead cited (one read for all of them)
        List<Views.StoredDocumentView> views = docs.stream().map(Views::document).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", views);
        return m;
    }

    private Object oneDocument(Context ctx, Principal who) throws IOException {
        onlyParams(ctx, Set.of("format"));
        String number = ctx.pathParam("number");
        String format = text(ctx, "format").orElse("json");
        if (!format.equals("json") && renderer.map(r -> !r.extension().equals(format)).orElse(!format.equals("docx"))) {
            throw ApiProblem.badRequest("format '" + format + "' is not json or " + renderer.map(DocumentRenderer::extension)
                    .orElse("docx"));
        }
        Optional<DocumentRenderer> asFile = format.equals("json") ? Optional.empty()
                : Optional.of(renderer.orElseThrow(() -> new ApiProblem(406, "not-acceptable", "Not acceptable",
                        "this server has no renderer for " + format + " documents; ask for format=json")));
        StoredDocument d = services.documents().document(number).orElseThrow(() -> new ApiProblem(404, "unknown-document",
                "Unknown document", "no document numbered " + number + " in this store"));
        if (asFile.isEmpty()) {
            audit(ctx, who, "GET /documents/{number}", d.leadIds(), d.number());
            return Views.document(d); // masked for a viewer by ViewerMask, with its leads' names
        }
        DocumentRenderer r = asFile.get();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        r.render(fitFor(who, d), services.documents().settings().procuratorate(), out);
        audit(ctx, who, "GET /documents/{number}", d.leadIds(), d.number() + " as " + r.extension());
        String file = d.number() + "." + r.extension();
        return new Binary(r.mediaType(), Map.of("Content-Disposition", "attachment; filename=\"document." + r.extension()
                + "\"; filename*=UTF-8''" + rfc5987(file), "Cache-Control", "no-store"), out.toByteArray());
    }

    /** The names of the leads kept under {@code leadIds}, id → name, in one read of the store. */
    private Map<String, String> namesOf(java.util.Collection<String> leadIds) {
        Map<String, String> names = new LinkedHashMap<>();
        services.leads().leads(leadIds).forEach((id, l) -> names.put(id, l.lead().name()));
        return names;
    }

    /**
     * A document to be rendered as a file, as {@code who} may see it: as filed for reviewers and admins;
     * for a viewer with the names of its leads (one read of the store) and every identity number masked,
     * in the text and the addressee. (A JSON answer is masked as every answer is, by {@link ViewerMask}.)
     */
    private StoredDocument fitFor(Principal who, StoredDocument d) {
        if (!who.role().seesMaskedData()) {
            return d;
        }
        List<String> names = namesOf(d.leadIds()).values().stream().filter(n -> n != null && !n.isBlank())
                .map(String::strip).toList();
        return new StoredDocument(d.id(), d.leadIds(), d.type(), d.number(), d.date(), PersonalData.mask(d.recipient(), names),
                d.replyDeadline(), PersonalData.mask(d.bodyMarkdown(), names));
    }

    /** RFC 5987's percent-encoding of a file name (UTF-8, unreserved characters as they are). */
    static String rfc5987(String name) {
        StringBuilder b = new StringBuilder();
        for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return b.toString();
    }

    private Object review(Context ctx, Principal who) {
        onlyParams(ctx, Set.of());
        String id = ctx.pathParam("id");
        Map<String, String> fields = textFields(jsonBody(ctx), ReviewService.knownFields(), RequestFields.EXPECTED_VERSION);
        if (!fields.containsKey(RequestFields.EXPECTED_VERSION)) {
            throw ApiProblem.badRequest("missing field expected_version: the version of the lead you read");
        }
        ReviewOutcome r = services.reviews().review(id, fields, actor(ctx, who));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", Views.event(r.event()));
        m.put("lead", Views.lead(r.lead()));
        return m;
    }

    private Object stats(Context ctx, Principal who) {
        onlyParams(ctx, Set.of("from", "to"));
        Optional<LocalDate> from = text(ctx, "from").map(s -> date("from", s));
        Optional<LocalDate> to = text(ctx, "to").map(s -> date("to", s));
        period(from, to);
        return Views.stats(services.statistics().statistics(from, to));
    }

    private Object listRuns(Context ctx, Principal who) {
        onlyParams(ctx, Set.of());
        settleJobs();
        List<io.xingzhi.core.port.StoredRun> runs = services.leads().runs();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", runs.stream().map(Views::run).toList());
        Map<Long, io.xingzhi.core.port.StoredRun> byNumber = new java.util.HashMap<>();
        runs.forEach(r -> byNumber.put(r.number(), r));
        m.put("jobs", services.leads().runJobs().stream()
                .map(j -> Views.job(j, j.runNumber().map(byNumber::get), !who.role().seesMaskedData())).toList());
        return m;
    }

    /** Records the failures of runs the store could not record when they failed (a full disk), before jobs are shown. */
    private void settleJobs() {
        RunJobs j = jobs;
        if (j != null) {
            j.settle();
        }
    }

    private Object startRun(Context ctx, Principal who) {
        onlyParams(ctx, Set.of());
        JsonNode body = jsonBody(ctx);
        onlyFields(body, Set.of("as_of"));
        JsonNode asOfNode = body.get("as_of");
        if (asOfNode == null || !asOfNode.isTextual()) {
            throw ApiProblem.badRequest("the body needs as_of, an ISO date such as 2024-06-30");
        }
        LocalDate asOf = date("as_of", asOfNode.asText());
        RunJobs j = jobs;
        if (j == null) {
            throw new ApiProblem(503, "runs-not-configured", "Runs not configured",
                    "this server was started without a source to run on");
        }
        io.xingzhi.core.port.RunJob job = j.start(asOf, who.name()).orElseThrow(() -> new ApiProblem(409, "run-in-progress",
                "A run is in progress", "another run is in progress; try again when it has finished"));
        String id = Views.jobId(job);
        audit(ctx, who, "POST /runs", List.of(), "run job " + id + " as of " + asOf);
        return new Reply(202, Map.of("Location", "/runs/" + id), Views.job(job, Optional.empty(), true));
    }

    private Object oneRun(Context ctx, Principal who) {
        onlyParams(ctx, Set.of());
        String id = ctx.pathParam("id");
        ApiProblem unknown = new ApiProblem(404, "unknown-run", "Unknown run", "no run job " + id + " in this store");
        if (!id.matches("r[1-9][0-9]{0,17}")) {
            throw unknown;
        }
        settleJobs();
        io.xingzhi.core.port.RunJob job = services.leads().runJob(Long.parseLong(id.substring(1))).orElseThrow(() -> unknown);
        return Views.job(job, job.runNumber().flatMap(n -> services.leads().run(n)), !who.role().seesMaskedData(),
                job.runNumber().flatMap(n -> services.leads().changes(n)));
    }

    private Object fileDocument(Context ctx, Principal who) {
        onlyParams(ctx, Set.of());
        JsonNode body = jsonBody(ctx);
        Set<String> known = new TreeSet<>(DocumentService.fields());
        known.add(RequestFields.LEAD_IDS);
        onlyFields(body, known);
        JsonNode idsNode = body.get(RequestFields.LEAD_IDS);
        if (idsNode == null || !idsNode.isArray() || idsNode.isEmpty()) {
            throw ApiProblem.badRequest("the body needs lead_ids, a non-empty array of lead ids");
        }
        if (idsNode.size() > maxPageSize) {
            throw ApiProblem.badRequest("at most " + maxPageSize + " leads in one document; got " + idsNode.size());
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode n : idsNode) {
            if (!n.isTextual() || n.asText().isBlank()) {
                throw ApiProblem.badRequest("lead_ids must hold lead ids as strings");
            }
            ids.add(n.asText());
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove(RequestFields.LEAD_IDS);
        FiledDocument filed = services.documents().file(ids, textFields(body, DocumentService.fields(), null),
                actor(ctx, who));
        DocumentDraft d = filed.draft();
        return new Views.DocumentView(d.type().name(), d.number(), d.title(), d.procuratorate(), d.recipient(),
                d.leadIds(), d.legalBasis(), d.issueDate().toString(), d.replyDeadline().toString(), d.templateName(),
                d.classCase(), d.markdown(), filed.noLongerFound());
    }

    private Object classCases(Context ctx, Principal who) {
        onlyParams(ctx, Set.of("min_count", "agency", "from", "to"));
        int minCount = (int) number(ctx, "min_count", 2, Integer.MAX_VALUE);
        Optional<LocalDate> from = text(ctx, "from").map(s -> date("from", s));
        Optional<LocalDate> to = text(ctx, "to").map(s -> date("to", s));
        period(from, to);
        ClassCaseReport report = services.statistics().classCases(minCount, text(ctx, "agency"), from, to);
        List<String> ids = report.groups().stream().flatMap(g -> g.leadIds().stream()).toList();
        audit(ctx, who, "GET /class-cases", ids, queryDetail(ctx));
        // governance is seen as of the end of the period (today when open): what is overdue then
        LocalDate asOf = to.orElseGet(() -> LocalDate.now(clock));
        return Views.classCases(report, services.governance().map(g -> g.statistics(Optional.of(asOf))));
    }

    /**
     * A JSON body as core's neutral request: each member by its name, as text. A member outside
     * {@code known} is 400 naming it; {@code number} (when given) must be a whole number >= 0 and
     * every other member a string; {@code null} is absent.
     */
    // ---- source governance (诉源治理)

    private GovernanceService governance() {
        return services.governance().orElseThrow(() -> new ApiProblem(503, "governance-not-configured",
                "Governance not configured", "this server's store keeps no source-governance records"));
    }

    private Object listGovernance(Context ctx, Principal who) {
        onlyParams(ctx, Set.of("as_of"));
        GovernanceService g = governance();
        LocalDate asOf = text(ctx, "as_of").map(s -> date("as_of", s)).orElseGet(() -> LocalDate.now(clock));
        List<GovernanceRecord> records = g.records();
        audit(ctx, who, "GET /governance", records.stream().flatMap(r -> r.leadIds().stream()).distinct().toList(),
                "as of " + asOf);
        // the counts from the records just read: one read of the store, and the list and counts agree
        return Views.governance(asOf, records, GovernanceStatistics.of(records, asOf));
    }

    private Object recordGovernance(Context ctx, Principal who) {
        onlyParams(ctx, Set.of());
        JsonNode body = jsonBody(ctx);
        Set<String> known = new TreeSet<>(GovernanceService.knownFields());
        known.add("kind");
        known.add(GovernanceService.LEAD_IDS);
        onlyFields(body, known);
        JsonNode kindNode = body.get("kind");
        if (kindNode == null || !kindNode.isTextual()) {
            throw ApiProblem.badRequest("the body needs kind: recommendation, meeting, measure or mechanism");
        }
        GovernanceKind kind;
        try {
            kind = GovernanceKind.of(kindNode.asText());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage(), "kind");
        }
        List<String> ids = new ArrayList<>();
        JsonNode idsNode = body.get(GovernanceService.LEAD_IDS);
        if (idsNode != null && !idsNode.isNull()) {
            if (!idsNode.isArray() || idsNode.size() > maxPageSize) {
                throw ApiProblem.badRequest("lead_ids must be an array of at most " + maxPageSize + " lead ids");
            }
            for (JsonNode n : idsNode) {
                if (!n.isTextual() || n.asText().isBlank()) {
                    throw ApiProblem.badRequest("lead_ids must hold lead ids as strings");
                }
                ids.add(n.asText());
            }
        }
        com.fasterxml.jackson.databind.node.ObjectNode fields = ((com.fasterxml.jackson.databind.node.ObjectNode) body).deepCopy();
        fields.remove("kind");
        fields.remove(GovernanceService.LEAD_IDS);
        JsonNode agencies = fields.get(GovernanceService.AGENCIES);
        if (agencies != null && agencies.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : agencies) {
                if (!n.isTextual()) {
                    throw ApiProblem.badRequest("agencies must be a string or an array of strings");
                }
                names.add(n.asText());
            }
            fields.put(GovernanceService.AGENCIES, String.join("、", names));
        }
        GovernanceRecord r = governance().record(kind, textFields(fields, GovernanceService.knownFields(), null), ids,
                actor(ctx, who));
        return Views.governance(r, LocalDate.now(clock));
    }

    private Object closeGovernance(Context ctx, Principal who) {
        onlyParams(ctx, Set.of());
        String id = ctx.pathParam("id");
        Map<String, String> fields = textFields(jsonBody(ctx), GovernanceService.closeFields(), null);
        try {
            return Views.governance(governance().close(id, fields, actor(ctx, who)), LocalDate.now(clock));
        } catch (UnknownGovernanceRecordException e) {
            throw new ApiProblem(404, "unknown-governance-record", "Unknown governance record", "no governance record "
                    + id + " in this store");
        } catch (IllegalStateException e) {
            throw new ApiProblem(409, "governance-changed", "Changed by someone else", e.getMessage());
        }
    }

    private static Map<String, String> textFields(JsonNode body, Set<String> known, String number) {
        onlyFields(body, known);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            if (e.getKey().equals(number)) {
                if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
                    throw ApiProblem.badRequest(number + " must be the lead's version, a whole number >= 0");
                }
                fields.put(e.getKey(), String.valueOf(v.asLong()));
            } else if (v.isTextual()) {
                fields.put(e.getKey(), v.asText());
            } else {
                throw ApiProblem.badRequest("field " + e.getKey() + " must be a string");
            }
        }
        return fields;
    }

    private static Actor actor(Context ctx, Principal who) {
        return new Actor(who.name(), ctx.ip());
    }

    // ---- helpers

    /** Refuses a body member not in {@code known}: a misspelt optional member must not be silently ignored. */
    static void onlyFields(JsonNode body, Set<String> known) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw ApiProblem.badRequest("unknown field " + f + "; the fields are " + new TreeSet<>(known));
            }
        }
    }

    /**
     * Refuses a query parameter not in {@code known}, for the same reason, and one given twice
     * ({@code ?kind=A&kind=B}): only one of its values could be used, and the other would be ignored.
     */
    private static void onlyParams(Context ctx, Set<String> known) {
        for (Map.Entry<String, List<String>> p : new java.util.TreeMap<>(ctx.queryParamMap()).entrySet()) {
            if (!known.contains(p.getKey())) {
                throw known.isEmpty() ? ApiProblem.badRequest("unknown query parameter " + p.getKey() + "; this route takes none")
                        : ApiProblem.badRequest("unknown query parameter " + p.getKey() + "; the parameters are " + new TreeSet<>(known));
            }
            if (p.getValue().size() > 1) {
                throw ApiProblem.badRequest("query parameter " + p.getKey() + " is given "
                        + p.getValue().size() + " times; give it once", p.getKey());
            }
        }
    }

    /** Refuses a period whose start is after its end: it holds no day, so its answer would be empty for no reason given. */
    private static void period(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ApiProblem.badRequest("from " + from.get() + " is after to " + to.get(), "from")
                    .inChinese("起始日期 " + from.get() + " 晚于截止日期 " + to.get());
        }
    }

    /**
     * Refuses a {@code model} or {@code kind} the server does not know ({@link ApplicationServices#knownKinds}), and a kind
     * that is not one of the model's: it would select no lead, and a misspelt filter must not pass for
     * "none found". A model known only by its name (one the run service can run, whose kinds it does not
     * say, and which no kept run has found) takes any kind.
     */
    private void checkModelAndKind(Optional<String> model, Optional<String> kind) {
        services.unknownFilter(model, kind).ifPresent(u -> {
            throw ApiProblem.badRequest("unknown " + u.field() + " '" + u.value() + "'"
                    + (u.field().equals("kind") ? model.map(m -> " of model " + m).orElse("") : "") + "; one of " + u.known(), u.field())
                    .inChinese((u.field().equals("kind") ? "线索类别" : "监督模型") + "“" + u.value() + "”不存在"
                            + (u.field().equals("kind") ? model.map(m -> "（模型 " + m + "）").orElse("") : "") + "；可选：" + String.join("、", u.known()));
        });
    }

    /** Records who saw which leads (what services change, they audit themselves). */
    private void audit(Context ctx, Principal who, String action, List<String> leadIds, String detail) {
        services.audit().audit(new AuditEntry(clock.instant(), who.name(), ctx.ip(), action, leadIds, detail));
        ctx.attribute(AUDITED, Boolean.TRUE);
    }

    /**
     * Every authenticated request leaves an audit row: one its route did not write itself (a read that
     * shows no lead, such as {@code /stats} or {@code /me}, or any request that failed: a 400, a 404 for
     * a lead id or a number tried) is recorded here with its route, status and query, masked as every
     * entry is ({@link AuditEntry}).
     */
    private void auditUnaudited(Context ctx, Principal who, Route route, String outcome) {
        if (who == null || ctx.attribute(AUDITED) != null) {
            return;
        }
        try {
            audit(ctx, who, route.method() + " " + route.path(), List.of(), outcome + " " + readable(ctx.path(), false)
                    + (ctx.queryString() == null ? "" : "?" + readable(ctx.queryString(), true)));
        } catch (RuntimeException e) {
            LOG.warn("could not audit a request: {}", e.getClass().getName());
        }
    }

    /** A listing's audit detail: its query as it reads ({@link #readable}), or nothing. */
    private static String queryDetail(Context ctx) {
        return ctx.queryString() == null ? "" : "query " + readable(ctx.queryString(), true);
    }

    /**
     * A request's path or query as the audit keeps it: its percent-escapes decoded (UTF-8; in a query,
     * {@code +} is a space), so that the audit reads what was asked ({@code agency=丹东市看守所}) and an
     * identity number sent as {@code %32%31%30…} or split by {@code %0A} is seen, and masked, by
     * {@link AuditEntry}; a control character becomes a space. A malformed escape is kept as written.
     */
    static String readable(String raw, boolean query) {
        if (raw == null || (raw.indexOf('%') < 0 && (!query || raw.indexOf('+') < 0))) {
            return raw == null ? "" : raw;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); ) {
            char c = raw.charAt(i);
            int high = c == '%' && i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 3;
            } else if (c == '+' && query) {
                bytes.write(' ');
                i++;
            } else {
                int cp = raw.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        StringBuilder out = new StringBuilder();
        new String(bytes.toByteArray(), StandardCharsets.UTF_8).codePoints()
                .forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return out.toString();
    }

    private static ApiProblem notFound(String id) {
        return new ApiProblem(404, "unknown-lead", "Unknown lead", "no lead " + id + " in this store");
    }

    private static Optional<String> text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static ReviewState state(String s) {
        return ReviewState.parse(s).orElseThrow(() -> ApiProblem.badRequest("unknown status '" + s
                + "'; one of " + java.util.Arrays.toString(ReviewState.values()) + " or their Chinese labels", "status")
                .inChinese("审查状态“" + s + "”不存在；可选：" + java.util.Arrays.stream(ReviewState.values()).map(ReviewState::label)
                        .collect(java.util.stream.Collectors.joining("、"))));
    }

    static LocalDate date(String field, String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(field + " '" + s + "' is not an ISO date such as 2024-06-30", field)
                    .inChinese(field + "：“" + s + "”不是日期，请写成 2024-06-30 这样");
        }
    }

    private static long number(Context ctx, String name, long dflt, long max) {
        Optional<String> v = text(ctx, name);
        if (v.isEmpty()) {
            return dflt;
        }
        long n;
        try {
            if (!v.get().chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException();
            }
            n = Long.parseLong(v.get());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " '" + v.get() + "' is not " + range(max)
                    + ", written in the digits 0-9", name).inChinese(name + "：“" + v.get() + "”不是" + chineseRange(max) + "（用数字 0-9 书写）");
        }
        if (n > max) {
            throw ApiProblem.badRequest(name + " " + n + " is not " + range(max), name).inChinese(name + "：" + n + " 不是" + chineseRange(max));
        }
        return n;
    }

    /** The whole numbers a paging parameter takes, in Chinese words. */
    private static String chineseRange(long max) {
        return max >= Integer.MAX_VALUE ? "0 或更大的整数" : "0 到 " + max + " 之间的整数";
    }

    /** The whole numbers a paging parameter takes, in words. */
    private static String range(long max) {
        return max >= Integer.MAX_VALUE ? "a whole number of 0 or more" : "a whole number from 0 to " + max;
    }

    private JsonNode jsonBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxRequestBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxRequestBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw ApiProblem.badRequest("the body is empty; send a JSON object");
        }
        JsonNode n;
        try {
            n = reader.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new ApiProblem(400, "malformed-json", "Malformed JSON", "the body nests deeper than " + MAX_NESTING + " levels");
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().startsWith("Duplicate field")
                    ? ": a member is named twice" : e.getOriginalMessage().startsWith("Trailing token")
                    ? ": there is more after the JSON object" : "";
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new ApiProblem(400, "malformed-json", "Malformed JSON", "the body is not well-formed JSON" + why + where);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n == null || !n.isObject()) {
            throw ApiProblem.badRequest("the body must be a JSON object");
        }
        refuseBadText(n, "the body");
        return n;
    }

    /** True when every percent-escape of {@code raw} is well formed and the bytes they spell are UTF-8. */
    static boolean percentEncodedUtf8(String raw) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Refuses a NUL character or a lone surrogate anywhere in a JSON value or member name: no store can keep them. */
    private static void refuseBadText(JsonNode n, String where) {
        if (n.isTextual()) {
            refuseBadText(n.asText(), where);
        } else if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                refuseBadText(e.getKey(), "a member name");
                refuseBadText(e.getValue(), "member " + e.getKey());
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) {
                refuseBadText(c, where);
            }
        }
    }

    /** 400 for text holding a NUL character or a lone surrogate (half of a UTF-16 pair). */
    static void refuseBadText(String text, String where) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw ApiProblem.badRequest(where + " holds a NUL character, which no text may hold");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiProblem.badRequest(where + " holds a lone surrogate (\\u" + Integer.toHexString(c)
                        + "), which is not a character");
            }
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, "body-too-large", "Body too large", "the body is larger than " + maxRequestBytes + " bytes");
    }

    /**
     * The problem answered for {@code e}, with its detail in Chinese ({@code detail_zh}) when core said it in
     * Chinese: a refusal the review console shows its users as it is.
     */
    private ApiProblem toProblem(Exception e) {
        ApiProblem p = problemOf(e);
        if (e instanceof IllegalTransitionException t) {
            p.inChinese(t.chineseExplanation(ReviewActionType::label));
        } else if (e instanceof InvalidFieldException f && f.chineseMessage().isPresent()) {
            p.inChinese(f.field() + "：" + f.chineseMessage().get());
        } else if (e instanceof XingzhiException x && x.chineseMessage().isPresent() && p.status() != 500) {
            p.inChinese(x.chineseMessage().get());
        }
        return p;
    }

    private ApiProblem problemOf(Exception e) {
        if (e instanceof ApiProblem p) {
            return p;
        }
        if (e instanceof UnknownLeadException u) {
            return notFound(u.leadId());
        }
        if (e instanceof InvalidFieldException f) {
            return ApiProblem.badRequest(f.getMessage(), f.field());
        }
        if (e instanceof DocumentRefusedException r) {
            return new ApiProblem(409, "document-refused", "Document refused", r.getMessage());
        }
        if (e instanceof ConcurrentReviewException c) {
            return new ApiProblem(409, "concurrent-review", "Changed by someone else", c.getMessage(),
                    orderedMap("lead_id", c.leadId(), "expected_version", c.expectedVersion(), "actual_version", c.actualVersion()));
        }
        if (e instanceof IllegalTransitionException t) {
            return new ApiProblem(409, "illegal-transition", "Action not allowed in this state", t.getMessage(),
                    orderedMap("lead_id", t.leadId(), "state", t.state().name(),
                            "allowed_actions", t.allowedActions().stream().map(a -> a.code()).sorted().toList()));
        }
        if (e instanceof StoreFailureException f && f.kind() != StoreFailureException.Kind.OTHER) {
            // the store's words (an operation and H2's message: no bound values); the request did not happen
            LOG.warn("request refused, the store failed: {}", f.getMessage());
            return f.kind() == StoreFailureException.Kind.DISK_FULL
                    ? new ApiProblem(507, "store-full", "Store full", "the disk the store is on is full: this request was "
                            + "not kept, and nothing kept before is lost; once space is freed the server works again, "
                            + "without a restart")
                    : new ApiProblem(503, "store-unavailable", "Store unavailable", "the store's database was closed after a "
                            + "write failed (a full disk?); this request was not kept, nothing kept before is lost; it "
                            + "opens again on a later request once there is space");
        }
        if (e instanceof TemplateException t) {
            LOG.error("document template failed: {}", t.getMessage());
            return new ApiProblem(500, "template-error", "Template error", "the document template is missing or broken; see the server log");
        }
        if (e instanceof HttpResponseException h) {
            int s = h.getStatus();
            return switch (s) {
                case 404 -> new ApiProblem(404, "not-found", "Not found", "no such route; see /openapi.json");
                case 405 -> new ApiProblem(405, "method-not-allowed", "Method not allowed", "see /openapi.json");
                case 413 -> tooLarge();
                default -> new ApiProblem(s, "http-" + s, "HTTP " + s, "the request was refused");
            };
        }
        LOG.error("request failed: {}", failure(e));
        return new ApiProblem(500, "internal-error", "Internal error", "the server failed to answer; the failure is in its log");
    }

    /**
     * An unexpected failure as the log may keep it: each exception of the chain by its class (and a database's
     * SQLState and error code), with where it was thrown, but never its message, which may quote the values of a
     * request or a row (a name, an identity number).
     */
    static String failure(Throwable e) {
        StringBuilder b = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            b.append(t == e ? "" : "\n  caused by ").append(t.getClass().getName());
            if (t instanceof java.sql.SQLException q) {
                b.append(" (SQLState ").append(q.getSQLState()).append(", error code ").append(q.getErrorCode()).append(')');
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                b.append("\n    at ").append(frames[i]);
            }
        }
        return b.toString();
    }

    /** Extension members in the order given (Map.of has none). */
    private static Map<String, Object> orderedMap(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private void unlessProblem(Context ctx, ApiProblem p) {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith(PROBLEM_JSON)) {
            problem(ctx, p);
        }
    }

    private void problem(Context ctx, ApiProblem p) {
        try {
            Map<String, Object> body = p.body(ctx.path());
            Principal who = ctx.attribute(PRINCIPAL);
            if (who == null || who.role().seesMaskedData()) {
                // an error message may echo what was sent: a viewer's, or an unknown caller's, is masked too
                body.replaceAll((k, v) -> v instanceof String t ? ViewerMask.maskText(t) : v);
            }
            p.headers().forEach(ctx::header);
            ctx.header("Cache-Control", "no-store");
            ctx.status(p.status()).contentType(PROBLEM_JSON).result(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            ctx.status(500).contentType(PROBLEM_JSON).result(("{\"type\":\"/problems/internal-error\",\"title\":\"Internal error\","
                    + "\"status\":500}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = XingzhiServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings of a {@link XingzhiServer}, with safe defaults. */
    public static final class Builder {
        private final ApplicationServices services;
        private final TokenRegistry tokens;
        private AuthThrottle throttle = AuthThrottle.standard();
        private Optional<DocumentRenderer> renderer = Optional.empty();
        private long maxRequestBytes = 64 * 1024;
        private int maxPageSize = 500;

        private Builder(ApplicationServices services, TokenRegistry tokens) {
            this.services = Objects.requireNonNull(services, "services");
            this.tokens = Objects.requireNonNull(tokens, "tokens");
        }

        /** How failed authentication is slowed down ({@link AuthThrottle#standard()} by default). */
        public Builder throttle(AuthThrottle t) {
            this.throttle = Objects.requireNonNull(t);
            return this;
        }

        /**
         * How filed documents are handed out as files ({@code GET /documents/{number}?format=docx} with a
         * Word renderer); without one that request answers 406 and documents are JSON only.
         */
        public Builder renderer(DocumentRenderer r) {
            this.renderer = Optional.of(r);
            return this;
        }

        /** The largest request body accepted, in bytes (64 KiB by default); larger gets 413. */
        public Builder maxRequestBytes(long n) {
            if (n < 1) {
                throw new IllegalArgumentException("max request bytes must be positive: " + n);
            }
            this.maxRequestBytes = n;
            return this;
        }

        /** The largest {@code limit} accepted by {@code GET /leads} (500 by default); larger gets 400. */
        public Builder maxPageSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("max page size must be positive: " + n);
            }
            this.maxPageSize = n;
            return this;
        }

        public XingzhiServer build() {
            return new XingzhiServer(this);
        }
    }
}

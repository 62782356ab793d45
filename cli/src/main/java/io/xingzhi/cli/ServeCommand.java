package io.xingzhi.cli;

import io.xingzhi.adapter.docx.DocxRenderer;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.adapter.rest.XingzhiServer;
import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.app.ApplicationServices;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.format.ConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import io.xingzhi.core.app.ScheduledRuns;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code xingzhi serve}: the REST API (docs/rest-api.md) over a store, until Ctrl-C: core's
 * application services over the store, behind the HTTP door. With {@code --data} (a folder of CSV
 * exports) or {@code --sources} (database tables and HTTP feeds) an admin may start runs
 * ({@code POST /runs}) on that data, made exactly as {@code run} makes them ({@code --config},
 * {@code --encoding}); without either {@code POST /runs} answers 503. Documents are drafted and
 * numbered as {@code document} does ({@code --procuratorate}, {@code --number-prefix},
 * {@code --templates}); filed documents are handed out as Word files through the .docx adapter. The
 * review console is served at {@code /console/} on the same address, and printed at start.
 * With {@code --schedule CRON} it also re-runs the models on that data at every slot of the cron
 * expression ({@link CronSchedule}) in {@code --time-zone} (default: the machine's), as of the slot's
 * date there, through core's {@link ScheduledRuns}:
 * each run merges into the store and says what changed since the run before; a slot that comes
 * while a run goes on (scheduled or {@code POST /runs}) is skipped and said so; a run that fails is
 * recorded failed, and the next slot runs again.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the stored leads, their review, documents and statistics over HTTP (docs/rest-api.md).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "JDBC URL of the store (H2 file or PostgreSQL)")
    String store;

    @Option(names = "--port", defaultValue = "8080", description = "port to listen on; 0 for any free one (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--tokens", required = true, description = "tokens file: one sha256hex:role:name a line")
    Path tokens;

    @Option(names = "--data", description = "folder of <dataset>.csv files that POST /runs runs on")
    Path data;

    @Option(names = "--sources", description = "JSON file naming database tables or HTTP feeds that POST /runs runs on "
            + "(docs/sources.md); instead of --data")
    Path sources;

    @Option(names = "--config", description = "JSON file of parameters, keyword groups and header aliases for POST /runs, as for run; "
            + "its procuratorate and document number prefix for documents")
    Path config;

    @Option(names = "--encoding", description = "with --data: force one encoding for every file, as for run (default: detect)")
    String encoding;

    @Option(names = "--schedule", paramLabel = "CRON", description = "re-run the models on --data or --sources at every slot "
            + "of this cron expression (5 fields as in crontab, e.g. \"0 2 * * *\" every day at 02:00; or Quartz's 6-7), "
            + "as of the slot's date, in --time-zone")
    String schedule;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "with --schedule: the time zone of its slots and of each "
            + "run's as-of date, e.g. Asia/Shanghai or +08:00 (default: this machine's)")
    String timeZone;

    @Mixin
    DocumentOptions documents = new DocumentOptions();

    @Mixin
    LeadIdKeyOption leadIdKey = new LeadIdKeyOption();

    /** The zone named by {@code --time-zone} (a region such as {@code Asia/Shanghai}, or an offset), else this machine's. */
    static java.time.ZoneId zone(String name) {
        if (name == null) {
            return java.time.ZoneId.systemDefault();
        }
        try {
            return java.time.ZoneId.of(name.strip());
        } catch (java.time.DateTimeException e) {
            throw new XingzhiCli.UsageError(Lang.text("--time-zone：“" + name + "”不是时区（如 Asia/Shanghai 或 +08:00）",
                    "--time-zone: \"" + name + "\" is not a time zone (such as Asia/Shanghai or +08:00)"));
        }
    }

    /** A started server (with its scheduler, when scheduled) and how to stop it. */
    record Serving(XingzhiServer server, String url, Optional<Scheduler> scheduler) {
        Serving(XingzhiServer server, String url) {
            this(server, url, Optional.empty());
        }

        /** The review console's address: the same server, under /console/. */
        String consoleUrl() {
            return url + "/console/";
        }

        void stop() {
            scheduler.ifPresent(Scheduler::close);
            server.stop();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Serving s = start();
        System.out.println(Lang.text("xingzhi：正在 " + s.url() + " 提供服务（按 Ctrl-C 停止）",
                "xingzhi: serving on " + s.url() + " (Ctrl-C to stop)"));
        System.out.println(Lang.text("审查台（浏览器打开）：" + s.consoleUrl(), "review console (open in a browser): " + s.consoleUrl()));
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            s.stop();
            stopped.countDown();
        }, "xingzhi-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            s.stop();
            throw e;
        }
        return 0;
    }

    /** Checks the options, opens the store and starts listening. */
    Serving start() {
        if (port < 0 || port > 65535) {
            throw new XingzhiCli.UsageError(Lang.text("--port " + port + " 不是端口号（0-65535）",
                    "--port " + port + " is not a port (0-65535)"));
        }
        if (!Files.isRegularFile(tokens) || !Files.isReadable(tokens)) {
            throw new XingzhiCli.UsageError(Lang.text("--tokens：" + tokens + " 不是可读的文件",
                    "--tokens: " + tokens + " is not a readable file"));
        }
        RecordSource runSource = null;
        if (data != null || sources != null) {
            runSource = Wiring.source(data, sources, encoding);
        } else if (encoding != null) {
            throw new XingzhiCli.UsageError(Lang.text("--encoding 用于运行模型读取文件夹：请同时给出 --data",
                    "--encoding applies to runs on a folder: give --data too"));
        }
        CronSchedule cron = null;
        if (schedule != null) {
            if (runSource == null) {
                throw new XingzhiCli.UsageError(Lang.text("--schedule 定时重新运行模型：请同时给出 --data 或 --sources",
                        "--schedule re-runs the models: give --data or --sources too"));
            }
            try {
                cron = CronSchedule.parse(schedule);
            } catch (IllegalArgumentException e) {
                throw new XingzhiCli.UsageError("--schedule" + Lang.text("：", ": ") + e.getMessage());
            }
        } else if (timeZone != null) {
            throw new XingzhiCli.UsageError(Lang.text("--time-zone 是定时运行的时区：请同时给出 --schedule",
                    "--time-zone is the time zone of scheduled runs: give --schedule too"));
        }
        java.time.ZoneId zone = zone(timeZone);
        TokenRegistry registry;
        try {
            registry = TokenRegistry.load(tokens);
        } catch (XingzhiException e) {
            throw new XingzhiCli.UsageError("--tokens" + Lang.text("：", ": ") + e.getMessage());
        }
        ConfigFile cfg = Wiring.config(config);
        io.xingzhi.core.port.LeadStore opened = Stores.open(store);
        ApplicationServices.Builder services = ApplicationServices.over(opened).documents(documents.settings(cfg))
                .leadIdKey(leadIdKey.key());
        if (runSource != null) {
            services.runs(RunCommand.runs(runSource, cfg));
        }
        // documents are handed out as Word files (GET /documents/{number}?format=docx) by the .docx adapter
        ApplicationServices app = services.build();
        XingzhiServer server = XingzhiServer.builder(app, registry).renderer(new DocxRenderer()).build();
        int bound = server.start(host, port);
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        Optional<Scheduler> scheduler = Optional.empty();
        if (cron != null) {
            // runs execute on one background thread; the loop only waits and fires
            ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "xingzhi-scheduled-run");
                t.setDaemon(true);
                return t;
            });
            Clock clock = Clock.system(zone);
            ScheduledRuns runs = new ScheduledRuns(app.runs().orElseThrow(), app.runGate(), opened, cron, runner,
                    new ScheduleLog(System.out));
            // closing the scheduler stops taking runs; one going on finishes and is kept
            Scheduler s = new Scheduler(runs, clock, Scheduler.sleeping(clock)).onClose(runner::shutdown);
            s.start();
            scheduler = Optional.of(s);
            System.out.println(Lang.text("xingzhi：按定时表达式“" + cron + "”重新运行模型，下一次：",
                    "xingzhi: re-running the models on schedule \"" + cron + "\", next: ")
                    + runs.nextSlot(java.time.ZonedDateTime.now(clock)).map(Object::toString).orElse("-"));
        }
        return new Serving(server, "http://" + shownHost + ":" + bound, scheduler);
    }
}

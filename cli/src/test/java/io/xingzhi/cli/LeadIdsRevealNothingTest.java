package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.adapter.rest.TokenRegistry;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.engine.StandardModels;
import io.xingzhi.core.identity.Person;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.lead.LeadIds;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.Activity;
import io.xingzhi.core.record.AgencyRecord;
import io.xingzhi.core.record.BusinessRole;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.supervision.LeadCollector;
import io.xingzhi.core.supervision.ModelContext;
import io.xingzhi.core.supervision.StreamWatch;
import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.value.IdNumber;
import io.xingzhi.testkit.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The attack of issue 12, run for real: a viewer reads the county's leads over HTTP (identity numbers
 * masked to their first 6 and last 4 characters) and, for each, tries every birth date from 1900 to
 * the as-of date against the lead's id, with the model, kind, case number and facts the viewer sees
 * (the unkeyed scheme of {@link LeadIds}; key facts, when any, are among the facts). Against the ids
 * Xingzhi publishes it recovers nothing; against the unkeyed digests the models' builders computed for
 * the same leads (what was published before) it recovers every number, so the attack is real and the
 * test can fail.
 */
class LeadIdsRevealNothingTest {
    static final String VIEWER = "viewer-token", REVIEWER = "reviewer-token";
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    /** What a viewer sees of a lead, and the id to test guesses against. */
    record Seen(String model, String kind, String maskedNumber, String caseNumber, Map<String, String> facts) {
    }

    @Test
    void tryingEveryBirthDateRecoversNoMaskedNumberFromThePublishedIdsButEveryOneFromUnkeyedDigests() throws Exception {
        Path data = Fixtures.copy(Fixtures.COUNTY, dir.resolve("data"));
        Path keyFile = dir.resolve("keys/lead-id.key");
        String store = "jdbc:h2:file:" + dir.resolve("store/xingzhi").toAbsolutePath();
        assertThat(XingzhiCli.execute("run", "--data", data.toString(), "--as-of", Fixtures.AS_OF.toString(), "--out",
                dir.resolve("out").toString(), "--store", store, "--lead-id-key", keyFile.toString(), "--quiet")).isZero();

        Map<String, Seen> viewed = served(store, keyFile, VIEWER);   // published id -> what a viewer sees
        Map<String, String> full = new HashMap<>();                  // published id -> the full number
        served(store, keyFile, REVIEWER).forEach((id, s) -> full.put(id, s.maskedNumber()));
        assertThat(viewed.values()).filteredOn(s -> !s.maskedNumber().isEmpty()).hasSizeGreaterThan(20)
                .allSatisfy(s -> assertThat(s.maskedNumber()).matches("\\d{6}\\*{8}\\d{3}[\\dX]"));

        // the attack on what Xingzhi publishes
        Map<String, String> recovered = attack(viewed, Function.identity());
        assertThat(recovered).isEmpty();

        // the same attack on the digests the builders computed for the same leads (the old published ids)
        LeadIdKey key = LeadIdKeyFile.loadOrCreate(keyFile);
        Map<String, String> digestOf = new HashMap<>();
        for (String digest : builderDigests(data)) {
            digestOf.put(key.keyedId(digest), digest);
        }
        assertThat(digestOf.keySet()).containsAll(viewed.keySet());
        Map<String, String> recoveredFromDigests = attack(viewed, digestOf::get);
        Map<String, String> numbered = new HashMap<>();
        viewed.forEach((id, s) -> {
            if (!s.maskedNumber().isEmpty()) {
                numbered.put(id, full.get(id));
            }
        });
        assertThat(recoveredFromDigests).isEqualTo(numbered);
    }

    /** The leads as {@code token}'s role sees them over HTTP, by published id. */
    private Map<String, Seen> served(String store, Path keyFile, String token) throws Exception {
        Path tokens = dir.resolve("tokens");
        Files.writeString(tokens, TokenRegistry.sha256Hex(VIEWER) + ":viewer:小王\n" + TokenRegistry.sha256Hex(REVIEWER)
                + ":reviewer:李检察官\n");
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", store, "--port", "0", "--tokens", tokens.toString(), "--lead-id-key",
                keyFile.toString());
        ServeCommand.Serving s = cmd.start();
        Map<String, Seen> seen = new HashMap<>();
        try {
            for (int offset = 0; ; offset += 500) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url() + "/leads?limit=500&offset=" + offset))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                JsonNode page = json.readTree(r.body());
                for (JsonNode l : page.get("leads")) {
                    Map<String, String> facts = new HashMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = l.get("facts").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> f = it.next();
                        facts.put(f.getKey(), f.getValue().asText());
                    }
                    seen.put(l.get("lead_id").asText(), new Seen(l.get("model").asText(), l.get("kind").asText(),
                            l.get("id_number").asText(), l.get("case_number").asText(), facts));
                }
                if (offset + 500 >= page.get("total").asLong()) {
                    return seen;
                }
            }
        } finally {
            s.stop();
        }
    }

    /**
     * For each lead with a masked number: the numbers that, with one of the digests the viewer can
     * compute (no key facts, or one of the lead's facts), hash to the id {@code idToTest} gives for it.
     */
    static Map<String, String> attack(Map<String, Seen> leads, Function<String, String> idToTest) {
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        Map<String, String> recovered = new HashMap<>();
        leads.forEach((publishedId, s) -> {
            String masked = s.maskedNumber();
            if (masked.isEmpty()) {
                return;
            }
            String target = idToTest.apply(publishedId);
            List<String[]> keyFactChoices = new ArrayList<>();
            keyFactChoices.add(new String[0]);
            s.facts().forEach((k, v) -> keyFactChoices.add(new String[] {k + "=" + v}));
            for (LocalDate d = EARLIEST; !d.isAfter(Fixtures.AS_OF); d = d.plusDays(1)) {
                String body = masked.substring(0, 6) + d.format(yyyymmdd) + masked.substring(14, 17);
                if (IdNumber.checkCharacter(body) != masked.charAt(17)) {
                    continue;
                }
                String candidate = body + masked.charAt(17);
                for (String[] keyFacts : keyFactChoices) {
                    if (LeadIds.of(s.model(), s.kind(), candidate, s.caseNumber(), keyFacts).equals(target)) {
                        recovered.put(publishedId, candidate);
                    }
                }
            }
        });
        return recovered;
    }

    /** The unkeyed digests the standard models' lead builders computed on {@code data}, before the engine keyed them. */
    static Set<String> builderDigests(Path data) {
        Set<String> digests = new LinkedHashSet<>();
        List<SupervisionModel> recording = StandardModels.all().stream().<SupervisionModel>map(m -> new Recording(m, digests))
                .toList();
        Engine.builder().source(new CsvRecordSource(data)).models(recording).build().run(Fixtures.AS_OF);
        return digests;
    }

    /** A model that notes the id of every lead it hands the engine. */
    record Recording(SupervisionModel model, Set<String> digests) implements SupervisionModel {
        @Override
        public String name() {
            return model.name();
        }

        @Override
        public List<LeadKind> kinds() {
            return model.kinds();
        }

        @Override
        public Set<Dataset> requires() {
            return model.requires();
        }

        @Override
        public Set<Dataset> streams() {
            return model.streams();
        }

        @Override
        public void assess(Person person, ModelContext context, LeadCollector out) {
            model.assess(person, context, noting(out));
        }

        @Override
        public Optional<StreamWatch> watch(Person person, ModelContext context) {
            return model.watch(person, context).map(w -> new StreamWatch() {
                @Override
                public void onActivity(Activity activity, LeadCollector out) {
                    w.onActivity(activity, noting(out));
                }

                @Override
                public void onBusinessRole(BusinessRole role, LeadCollector out) {
                    w.onBusinessRole(role, noting(out));
                }
            });
        }

        private LeadCollector noting(LeadCollector out) {
            return new LeadCollector() {
                @Override
                public void add(Lead lead) {
                    digests.add(lead.leadId());
                    out.add(lead);
                }

                @Override
                public void unmatched(AgencyRecord record, String reason) {
                    out.unmatched(record, reason);
                }
            };
        }
    }
}

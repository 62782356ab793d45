package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.lead.LeadIds;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.value.IdNumber;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine publishes every lead under the keyed hash of the digest its model's builder computed
 * (DESIGN.md, "Leads are stable and reveal nothing"): the same facts and key give the same id, another
 * key another id, and the unkeyed digest a viewer could test guesses against never leaves the engine.
 */
class KeyedLeadIdsTest {
    private static final String BODY = "21068219800101123";
    private static final String ID = BODY + IdNumber.checkCharacter(BODY);
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
    private static final String DIGEST = LeadIds.of("custody-transfer", "NOT_TRANSFERRED", ID, "(2024)辽0682刑初1号");

    private static EngineTest.ListSource source() {
        return new EngineTest.ListSource()
                .add(Dataset.JUDGMENTS, "案号", "(2024)辽0682刑初1号", "姓名", "张三", "身份证号", ID, "生效日期", "2024-01-10",
                        "判决结果", "判处有期徒刑三年")
                .add(Dataset.CUSTODY, "姓名", "张三", "身份证号", ID, "入所日期", "2023-10-01", "收到执行通知书日期", "2024-01-20");
    }

    private static List<Lead> leads(Engine.Builder b) {
        return b.source(source()).build().run(AS_OF).leads();
    }

    @Test
    void aLeadIsPublishedUnderTheKeyedHashOfItsDigestNeverTheDigest() {
        LeadIdKey key = LeadIdKey.generate();

        List<Lead> leads = leads(Engine.builder().leadIdKey(key));

        assertThat(leads).extracting(Lead::leadId).contains(key.keyedId(DIGEST)).doesNotContain(DIGEST);
        assertThat(leads).allSatisfy(l -> assertThat(l.leadId()).matches("XZ-[0-9a-f]{16}"));
    }

    @Test
    void theSameFactsUnderTheSameKeyGiveTheSameIdsInEveryRunAndEngine() {
        LeadIdKey key = LeadIdKey.ofHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

        List<String> first = leads(Engine.builder().leadIdKey(key)).stream().map(Lead::leadId).toList();
        List<String> second = leads(Engine.builder().leadIdKey(LeadIdKey.ofHex(key.hex()))).stream().map(Lead::leadId).toList();

        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void anotherKeyGivesOtherIdsForTheSameFacts() {
        List<String> one = leads(Engine.builder().leadIdKey(LeadIdKey.generate())).stream().map(Lead::leadId).toList();
        List<String> other = leads(Engine.builder().leadIdKey(LeadIdKey.generate())).stream().map(Lead::leadId).toList();

        assertThat(one).hasSameSizeAs(other).doesNotContainAnyElementsOf(other);
    }

    @Test
    void anEngineGivenNoKeyUsesTheProcesssOwnKey() {
        assertThat(leads(Engine.builder())).extracting(Lead::leadId)
                .contains(LeadIdKey.ofThisProcess().keyedId(DIGEST)).doesNotContain(DIGEST);
    }

    @Test
    void aKeyNeverShowsItselfAndRefusesTooFewBytes() {
        LeadIdKey key = LeadIdKey.generate();

        assertThat(key.toString()).doesNotContain(key.hex()).matches("LeadIdKey\\[[0-9a-f]{8}]");
        assertThat(LeadIdKey.ofHex(key.hex())).isEqualTo(key);
        assertThat(LeadIdKey.of(key.bytes())).isEqualTo(key).hasSameHashCodeAs(key);
        assertThatThrownBy(() -> LeadIdKey.of(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeadIdKey.ofHex("not hex " + key.hex())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(key.hex());
    }
}

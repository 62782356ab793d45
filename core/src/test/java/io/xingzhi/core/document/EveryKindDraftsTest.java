package io.xingzhi.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.engine.StandardModels;
import io.xingzhi.core.identity.LinkedBy;
import io.xingzhi.core.lead.DocumentType;
import io.xingzhi.core.lead.Evidence;
import io.xingzhi.core.lead.Lead;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.port.StoredLead;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.review.ReviewState;
import io.xingzhi.core.supervision.SupervisionModel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every kind of every standard model, with every fact it declares, drafts both documents with the bundled templates. */
class EveryKindDraftsTest {

    @Test
    void everyStandardKindDraftsBothDocumentsWithTheBundledTemplates() {
        for (SupervisionModel m : StandardModels.all()) {
            for (LeadKind k : m.kinds()) {
                Map<String, String> facts = new LinkedHashMap<>();
                k.factLabels().keySet().forEach(f -> facts.put(f, "2024-01-15"));
                for (DocumentType t : DocumentType.values()) {
                    Lead l = new Lead("XZ-" + k.code(), k, Optional.empty(), "赵六", "(2023)辽06刑终45号", k.supervisedAgency(), "",
                            Optional.of(LocalDate.of(2024, 1, 15)), "摘要", k.legalBasis(),
                            List.of(new Evidence(new SourceRef(Dataset.JUDGMENTS, "judgments.csv", 2), "生效裁判")),
                            LinkedBy.ID_NUMBER, false, false, k.suggestedDocument(), facts, List.of());
                    StoredLead stored = new StoredLead(l, ReviewState.CONFIRMED, 2, 1, 1, Optional.empty(), Optional.empty());
                    DocumentDraft d = t == DocumentType.REFERRAL_LETTER
                            ? DocumentDrafter.withDefaults().draftReferral(List.of(stored), "公益诉讼部门", "", LocalDate.of(2024, 6, 3),
                                    Optional.empty(), "")
                            : DocumentDrafter.withDefaults().draft(stored, t, LocalDate.of(2024, 6, 3));
                    assertThat(d.markdown()).as(k.qualifiedCode() + " " + t).contains("(2023)辽06刑终45号").doesNotContain("{{");
                    if (t.toSupervisedAgency()) {
                        assertThat(d.requestedCorrection()).as(k.qualifiedCode() + " " + t).isNotBlank();
                    } else {
                        assertThat(d.recipient()).isEqualTo("公益诉讼部门");
                        assertThat(d.requestedCorrection()).as(k.qualifiedCode() + " " + t).isEmpty();
                        assertThat(d.markdown()).as(k.qualifiedCode()).contains("公益诉讼部门：", "现将线索移送你处");
                    }
                    assertThat(k.supervisedAgency()).as(k.qualifiedCode()).isNotBlank();
                    assertThat(k.legalBasis()).as(k.qualifiedCode()).isNotEmpty();
                }
            }
        }
    }
}

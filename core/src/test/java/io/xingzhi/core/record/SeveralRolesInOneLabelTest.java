package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 职务 cell that names several roles ({@code 股东、监事}, {@code 投资人兼执行董事}), as a registry export
 * that joins a person's shareholding and offices gives it: every role it names is kept, so the office
 * (for 任职资格违法, 公司法 art. 178) and the controlling role (for 终本不当 and 禁止设立公司) are both
 * found. Before, the first role in reading order won and {@code 股东、监事} was only a shareholder.
 */
class SeveralRolesInOneLabelTest {
    private static final String BODY = "21068219800101123";
    private static final String ID = BODY + IdNumber.checkCharacter(BODY);

    private static BusinessRole mapped(String label) {
        RawRow row = RawRow.of(new SourceRef(Dataset.BUSINESS_REGISTRATIONS, "business_registrations.csv", 2),
                new String[] {"姓名", "身份证号", "企业名称", "职务", "任职日期"},
                new String[] {"张三", ID, "凤城市某某有限公司", label, "2023-01-01"}, 5);
        MappingResult r = RecordMapper.standard().map(row);
        assertThat(r).isInstanceOf(MappingResult.Accepted.class);
        return (BusinessRole) ((MappingResult.Accepted) r).record();
    }

    @ParameterizedTest
    @CsvSource({
            "股东、监事, SUPERVISOR, SHAREHOLDER",
            "监事，股东, SUPERVISOR, SHAREHOLDER",
            "投资人兼执行董事, DIRECTOR, INVESTOR",
            "股东/总经理, MANAGER, SHAREHOLDER",
            "经营者及经理, MANAGER, OPERATOR",
            "法定代表人、股东, LEGAL_REPRESENTATIVE, LEGAL_REPRESENTATIVE"})
    void aLabelNamingAnOfficeAndAControllingRoleGivesBoth(String label, RoleType office, RoleType controlling) {
        BusinessRole r = mapped(label);
        assertThat(r.roleThat(RoleType::companyOffice)).contains(office);
        assertThat(r.roleThat(RoleType::controlling)).contains(controlling);
    }

    @ParameterizedTest
    @CsvSource({"董事长, DIRECTOR", "执行董事兼总经理, DIRECTOR", "副董事长, DIRECTOR", "总经理, MANAGER", "监事, SUPERVISOR"})
    void anOfficeAloneIsNoControllingRole(String label, RoleType office) {
        BusinessRole r = mapped(label);
        assertThat(r.role()).isEqualTo(office);
        assertThat(r.roleThat(RoleType::controlling)).isEmpty();
    }

    @Test
    void aSingleRoleReadsAsBefore() {
        assertThat(mapped("股东").roles()).containsExactly(RoleType.SHAREHOLDER);
        assertThat(mapped("财务负责人").roles()).containsExactly(RoleType.OTHER);
        assertThat(mapped("执行董事兼总经理").roles()).containsExactly(RoleType.DIRECTOR, RoleType.MANAGER);
        assertThat(mapped("股东、财务负责人").roles()).containsExactly(RoleType.SHAREHOLDER);
    }
}

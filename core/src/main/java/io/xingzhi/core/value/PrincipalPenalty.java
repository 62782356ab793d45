package io.xingzhi.core.value;

import java.util.Optional;

/** The principal penalty (主刑) of a judgment, with the labels courts and agencies write. */
public enum PrincipalPenalty {
    /** 管制 - public surveillance, executed in community correction. */
    PUBLIC_SURVEILLANCE("管制"),
    /** 拘役 - criminal detention, executed by the police (detention center). */
    CRIMINAL_DETENTION("拘役"),
    /** 有期徒刑 - fixed-term imprisonment. */
    FIXED_TERM("有期徒刑"),
    /** 无期徒刑 - life imprisonment. */
    LIFE("无期徒刑"),
    /** 死刑缓期二年执行 - death with two years' reprieve. */
    DEATH_SUSPENDED("死刑缓期二年执行"),
    /** 死刑 - death. */
    DEATH("死刑"),
    /** 免予刑事处罚 - exempted from punishment. */
    EXEMPTED("免予刑事处罚"),
    /** 单处附加刑 - a supplementary penalty alone (单处罚金, 单处剥夺政治权利). */
    SUPPLEMENTARY_ONLY("单处附加刑");

    private final String label;

    PrincipalPenalty(String label) {
        this.label = label;
    }

    /** The Chinese label as written in CONTRACT.md. */
    public String label() {
        return label;
    }

    /** True for 有期徒刑, 无期徒刑 and 死缓: the penalties served in prison (CPL art. 264). */
    public boolean isPrisonPenalty() {
        return this == FIXED_TERM || this == LIFE || this == DEATH_SUSPENDED;
    }

    /**
     * Reads a label: the canonical ones and their common variants ({@code 死缓}, {@code 有期},
     * {@code 单处罚金}, {@code 单处剥夺政治权利}, {@code 免刑}).
     */
    public static Parsed<PrincipalPenalty> parse(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Same as {@link #parse} but empty for unknown labels. */
    public static Optional<PrincipalPenalty> fromLabel(String raw) {
        return parse(raw).toOptional();
    }
}

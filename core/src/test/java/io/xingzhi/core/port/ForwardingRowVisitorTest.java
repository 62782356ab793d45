package io.xingzhi.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A forwarding visitor passes on every call of {@link RowVisitor}, the defaults included: a method
 * added to the port and not forwarded would fall back to its default in every visitor built on it
 * (a header judged usable where the target would refuse it, lines before a header never noted).
 */
class ForwardingRowVisitorTest {
    @Test
    void everyMethodOfThePortIsForwarded() {
        for (Method m : RowVisitor.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            assertThat(Arrays.stream(ForwardingRowVisitor.class.getDeclaredMethods())
                    .anyMatch(f -> f.getName().equals(m.getName()) && Arrays.equals(f.getParameterTypes(), m.getParameterTypes())))
                    .as("ForwardingRowVisitor forwards %s", m).isTrue();
        }
    }

    @Test
    void eachCallReachesTheTargetWithItsArgumentsAndAnswer() {
        List<String> calls = new ArrayList<>();
        RowScreen screen = new RowScreen() {
            @Override
            public int[] columns() {
                return new int[0];
            }

            @Override
            public boolean settles(byte[] line, int[] from, int[] to) {
                return false;
            }
        };
        RowVisitor target = new RowVisitor() {
            @Override
            public void row(RawRow row) {
                calls.add("row " + row.ref().line());
            }

            @Override
            public void rejected(Rejection rejection) {
                calls.add("rejected " + rejection.reason());
            }

            @Override
            public void header(SourceRef ref, List<String> names) {
                calls.add("header " + names);
            }

            @Override
            public boolean usableHeader(SourceRef ref, List<String> names) {
                calls.add("usable " + names);
                return false;
            }

            @Override
            public void linesBeforeHeader(SourceRef first, int lines) {
                calls.add("before " + first.line() + " +" + lines);
            }

            @Override
            public void headerUnreadable(SourceRef ref, String reason) {
                calls.add("unreadable " + reason);
            }

            @Override
            public RowScreen screen(SourceRef ref, List<String> names) {
                calls.add("screen");
                return screen;
            }

            @Override
            public void settled() {
                calls.add("settled");
            }

            @Override
            public void settled(int rows) {
                calls.add("settled " + rows);
            }
        };
        RowVisitor forwarding = new ForwardingRowVisitor(target) {
        };
        SourceRef ref = new SourceRef(Dataset.CUSTODY, "custody.csv", 3);

        forwarding.linesBeforeHeader(new SourceRef(Dataset.CUSTODY, "custody.csv", 1), 2);
        assertThat(forwarding.usableHeader(ref, List.of("a"))).isFalse();
        forwarding.header(ref, List.of("姓名"));
        assertThat(forwarding.screen(ref, List.of("姓名"))).isSameAs(screen);
        forwarding.headerUnreadable(ref, "why");
        forwarding.row(new RawRow(new SourceRef(Dataset.CUSTODY, "custody.csv", 4), java.util.Map.of("姓名", "张三")));
        forwarding.rejected(new Rejection(ref, "bad"));
        forwarding.settled();
        forwarding.settled(5);

        assertThat(calls).containsExactly("before 1 +2", "usable [a]", "header [姓名]", "screen", "unreadable why", "row 4",
                "rejected bad", "settled", "settled 5");
    }
}

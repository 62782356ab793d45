package io.xingzhi.core.identity;

import io.xingzhi.core.record.AgencyRecord;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether two records say the same thing: records of one type whose every component but where they
 * came from ({@code ref}) and the columns the contract does not know ({@code extra}, which no model
 * reads) is equal. Two such records are one row given twice (overlapping exports, a file copied beside
 * itself): the models cannot tell them apart, and seeing both would count one judgment, stay or case
 * twice.
 */
final class SameValues {
    /** Each record type's accessors, but {@code ref} and {@code extra}, in declaration order. */
    private static final ClassValue<Method[]> COMPARED = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            List<Method> m = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (!c.getName().equals("ref") && !c.getName().equals("extra")) {
                    Method a = c.getAccessor();
                    a.setAccessible(true);
                    m.add(a);
                }
            }
            return m.toArray(Method[]::new);
        }
    };

    private SameValues() {
    }

    /**
     * The columns in which two records of one type differ, named as the contract names the dataset's
     * fields ({@code fine_amount}, {@code executed_amount}, …; {@code name/id_number} for the identity), in
     * declaration order; empty when they do not.
     */
    static List<String> differences(AgencyRecord a, AgencyRecord b) {
        java.util.Set<String> fields = a.ref().dataset().fields().keySet();
        List<String> columns = new ArrayList<>();
        for (Method m : differing(a, b, Integer.MAX_VALUE)) {
            columns.add(column(m.getName(), fields));
        }
        return columns;
    }

    /**
     * A component's column among the dataset's {@code fields}: the field its name is in snake case, or
     * with the unit the contract adds ({@code _amount}, {@code _months}, {@code _number}); the few named
     * otherwise by name; else the component's name in snake case.
     */
    private static String column(String component, java.util.Set<String> fields) {
        switch (component) {
            case "identity":
                return "name/id_number";
            case "penalty":
                return "principal_penalty";
            case "politicalRights":
                return "dpr_months";
            case "prohibitionTerm":
                return "prohibition_months";
            case "sentenceTextProblem":
                return "sentence_text";
            default:
                break;
        }
        String snake = component.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        for (String c : List.of(snake, snake + "_amount", snake + "_months", snake + "_number")) {
            if (fields.contains(c)) {
                return c;
            }
        }
        return snake;
    }

    /** True when {@code a} and {@code b} are of one record type and equal in every component but {@code ref} and {@code extra}. */
    static boolean same(AgencyRecord a, AgencyRecord b) {
        return a.getClass() == b.getClass() && a.getClass().isRecord() && differing(a, b, 1).isEmpty();
    }

    /** The compared components in which {@code a} and {@code b}, of one record type, differ: the first {@code most} of them. */
    private static List<Method> differing(AgencyRecord a, AgencyRecord b, int most) {
        List<Method> differ = new ArrayList<>();
        if (a.getClass() != b.getClass() || !a.getClass().isRecord()) {
            return differ;
        }
        try {
            for (Method m : COMPARED.get(a.getClass())) {
                if (!Objects.equals(m.invoke(a), m.invoke(b))) {
                    differ.add(m);
                    if (differ.size() == most) {
                        break;
                    }
                }
            }
            return differ;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot compare " + a.getClass().getSimpleName() + " records", e);
        }
    }
}

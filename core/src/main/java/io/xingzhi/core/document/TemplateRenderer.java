package io.xingzhi.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny Mustache-like renderer for document templates. It knows these tags:
 * <ul>
 *   <li>{@code {{name}}}: the value of {@code name}, looked up in the innermost section's item, then
 *       outwards; a name found nowhere is a {@link TemplateException} (a typo must not vanish);</li>
 *   <li>{@code {{#name}}…{{/name}}}: a section, rendered once per item of the list {@code name}
 *       (each item a map of further values), or once when {@code name} is a text that is not blank;
 *       an absent name, an empty list or a blank text renders nothing, so a section also works as
 *       "only if";</li>
 *   <li>{@code {{^name}}…{{/name}}}: an inverted section, rendered once exactly when {@code {{#name}}}
 *       would render nothing ("only if not").</li>
 * </ul>
 * Values are strings or lists of maps; nothing is escaped (the output is Markdown for people).
 * A tag line that holds only a section tag leaves no empty line behind.
 */
public final class TemplateRenderer {
    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#/^]?)\\s*([\\p{L}\\p{N}_.:-]+)\\s*}}");

    private TemplateRenderer() {
    }

    /**
     * Renders {@code template} with {@code values}.
     *
     * @param name the template's name, for error messages
     * @param template the template text
     * @param values name → {@code String} or {@code List<Map<String, ?>>}
     * @throws TemplateException naming the template, line and reason
     */
    public static String render(String name, String template, Map<String, ?> values) {
        Objects.requireNonNull(template, "template");
        String t = template.replaceAll("(?m)^[ \\t]*(\\{\\{\\s*[#/^][^}]*}})[ \\t]*\\r?\\n", "$1");
        List<Map<String, ?>> scopes = new ArrayList<>();
        scopes.add(values);
        StringBuilder out = new StringBuilder();
        int end = render(name, t, 0, null, scopes, out);
        if (end != t.length()) {
            throw error(name, t, end, "unexpected close tag");
        }
        return out.toString();
    }

    /** Renders from {@code pos} until the close tag of {@code section} (or the end); returns where it stopped. */
    private static int render(String name, String t, int pos, String section, List<Map<String, ?>> scopes,
                              StringBuilder out) {
        Matcher m = TAG.matcher(t);
        int at = pos;
        while (m.find(at)) {
            if (out != null) {
                out.append(t, at, m.start());
            }
            String kind = m.group(1);
            String key = m.group(2);
            if (kind.equals("/")) {
                if (!key.equals(section)) {
                    throw error(name, t, m.start(), "{{/" + key + "}} closes nothing open"
                            + (section == null ? "" : " (open: {{#" + section + "}})"));
                }
                return m.start();
            }
            if (kind.equals("#") || kind.equals("^")) {
                int bodyStart = m.end();
                Object v = lookup(scopes, key);
                if (v != null && !(v instanceof List<?>) && !(v instanceof CharSequence)) {
                    throw error(name, t, m.start(), "{{" + kind + key + "}} is neither a list nor a text");
                }
                List<?> items = v instanceof List<?> l ? l
                        : v instanceof CharSequence c && !c.toString().isBlank() ? List.of(Map.of()) : List.of();
                if (kind.equals("^")) {
                    items = items.isEmpty() ? List.of(Map.of()) : List.of();
                }
                int close = render(name, t, bodyStart, key, scopes, null);
                if (out != null) {
                    for (Object item : items) {
                        @SuppressWarnings("unchecked")
                        Map<String, ?> scope = item instanceof Map<?, ?> mi ? (Map<String, ?>) mi : Map.of();
                        scopes.add(scope);
                        render(name, t, bodyStart, key, scopes, out);
                        scopes.remove(scopes.size() - 1);
                    }
                }
                Matcher c = TAG.matcher(t);
                if (close >= t.length() || !c.find(close)) {
                    throw error(name, t, m.start(), "{{" + kind + key + "}} is never closed");
                }
                at = c.end();
                continue;
            }
            Object v = lookup(scopes, key);
            if (out != null) {
                if (v == null) {
                    TemplateException e = error(name, t, m.start(), "no value for {{" + key + "}}");
                    throw new TemplateException(e.getMessage(), key);
                }
                if (v instanceof List<?>) {
                    throw error(name, t, m.start(), "{{" + key + "}} is a list; use {{#" + key + "}}…{{/" + key + "}}");
                }
                out.append(v);
            }
            at = m.end();
        }
        if (section != null) {
            throw error(name, t, pos, "{{#" + section + "}} is never closed");
        }
        if (out != null) {
            out.append(t, at, t.length());
        }
        return t.length();
    }

    private static Object lookup(List<Map<String, ?>> scopes, String key) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Object v = scopes.get(i).get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static TemplateException error(String name, String t, int offset, String reason) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, t.length()); i++) {
            if (t.charAt(i) == '\n') {
                line++;
            }
        }
        return new TemplateException("template " + name + ", line " + line + ": " + reason);
    }
}

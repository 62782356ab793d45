package io.xingzhi.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error answered as {@code application/problem+json} (RFC 9457): a status, a type (a relative
 * URI under {@code /problems/}, listed in docs/rest-api.md), a short title, a detail for the caller
 * and optional extension members, named in snake_case like the rest of the API (the RFC's own
 * members keep their names). Thrown by handlers; never carries a stack trace to the client and
 * never an identity number in its detail.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final transient Map<String, Object> extensions;
    private final transient Map<String, String> headers;
    /** The detail in Chinese, for a page that speaks Chinese to its users (the review console), or null. */
    private String chineseDetail;

    public ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public ApiProblem(int status, String type, String title, String detail, Map<String, Object> extensions) {
        this(status, type, title, detail, extensions, Map.of());
    }

    /** A problem answered with these response headers too ({@code WWW-Authenticate}, {@code Retry-After}, {@code Allow}). */
    public ApiProblem(int status, String type, String title, String detail, Map<String, Object> extensions,
                      Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = Objects.requireNonNull(type);
        this.title = Objects.requireNonNull(title);
        this.extensions = new LinkedHashMap<>(extensions);
        this.headers = new LinkedHashMap<>(headers);
    }

    /** The response headers to send with the problem. */
    public Map<String, String> headers() {
        return java.util.Collections.unmodifiableMap(headers);
    }

    /** 400 with type {@code /problems/bad-request}. */
    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "Bad request", detail);
    }

    /** A 400 about one request field or query parameter, named in the answer's {@code field}. */
    public static ApiProblem badRequest(String detail, String field) {
        Map<String, Object> extensions = new java.util.LinkedHashMap<>();
        extensions.put("field", field);
        return new ApiProblem(400, "bad-request", "Bad request", detail, extensions);
    }

    public int status() {
        return status;
    }

    /**
     * This problem with its detail in Chinese too, answered as {@code detail_zh} beside {@code detail}: the
     * review console shows it to its users, who read Chinese; {@code detail} stays in English for integrators.
     */
    public ApiProblem inChinese(String detail) {
        this.chineseDetail = Objects.requireNonNull(detail);
        return this;
    }

    /** The body: type, title, status, detail, then the extension members. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "/problems/" + type);
        m.put("title", title);
        m.put("status", status);
        m.put("detail", getMessage());
        if (chineseDetail != null) {
            m.put("detail_zh", chineseDetail);
        }
        m.put("instance", instance);
        m.putAll(extensions);
        return m;
    }
}

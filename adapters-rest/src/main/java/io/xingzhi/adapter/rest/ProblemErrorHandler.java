package io.xingzhi.adapter.rest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors - a request it refuses before any route sees it (a URI that is not valid UTF-8
 * percent-encoding, header fields too large, a URI too long, a malformed request line) - answered as
 * {@code application/problem+json} like every other error, instead of Jetty's HTML page. The detail
 * never echoes the request.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, XingzhiServer.PROBLEM_JSON);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, XingzhiServer.PROBLEM_JSON);
        return ByteBuffer.wrap(body(status));
    }

    /** A problem's type (under {@code /problems/}), title and detail: fixed texts, never the request's. */
    private record Problem(String type, String title, String detail) {
    }

    /** The problem for a status Jetty decided. */
    static byte[] body(int status) {
        Problem p = switch (status) {
            case 400 -> new Problem("bad-request", "Bad request",
                    "the request is malformed (its URI is not valid UTF-8 percent-encoding, or a line or header is broken)");
            case 404 -> new Problem("not-found", "Not found", "no such route; see /openapi.json");
            case 413 -> new Problem("body-too-large", "Body too large", "the body is larger than this server accepts");
            case 414 -> new Problem("uri-too-long", "URI too long", "the request URI is longer than this server accepts");
            case 431 -> new Problem("headers-too-large", "Request header fields too large",
                    "the request's header fields are larger than this server accepts");
            case 500 -> new Problem("internal-error", "Internal error", "the server failed to answer; the failure is in its log");
            default -> new Problem("http-" + status, "HTTP " + status, "the request was refused");
        };
        return ("{\"type\":\"/problems/" + p.type() + "\",\"title\":\"" + p.title() + "\",\"status\":" + status
                + ",\"detail\":\"" + p.detail() + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}

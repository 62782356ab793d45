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

    /** The problem for a status Jetty decided. */
    static byte[] body(int status) {
        String type;
        String title;
        String detail;
        switch (status) {
            case 400 -> {
                type = "bad-request";
                title = "Bad request";
                detail = "the request is malformed (its URI is not valid UTF-8 percent-encoding, or a line or header is broken)";
            }
            case 404 -> {
                type = "not-found";
                title = "Not found";
                detail = "no such route; see /openapi.json";
            }
            case 413 -> {
                type = "body-too-large";
                title = "Body too large";
                detail = "the body is larger than this server accepts";
            }
            case 414 -> {
                type = "uri-too-long";
                title = "URI too long";
                detail = "the request URI is longer than this server accepts";
            }
            case 431 -> {
                type = "headers-too-large";
                title = "Request header fields too large";
                detail = "the request's header fields are larger than this server accepts";
            }
            case 500 -> {
                type = "internal-error";
                title = "Internal error";
                detail = "the server failed to answer; the failure is in its log";
            }
            default -> {
                type = "http-" + status;
                title = "HTTP " + status;
                detail = "the request was refused";
            }
        }
        return ("{\"type\":\"/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}

package org.tgov.instances;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser in front of a load balancer: a single cookie jar whatever instance a
 * request goes to, and no redirects followed, so that every answer is seen. The instances all
 * listen on 127.0.0.1, and cookies are not kept per port, so the jar sends the same session
 * cookie to each, as a browser does to the one address of a load balancer.
 */
final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Response(int status, String location, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();

    Response get(int port, String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).GET());
    }

    /** Posts a form with the CSRF token of the page it is on, read from that page on the same instance. */
    Response submit(int port, String page, String action, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrf(port, page)) + (fields.isEmpty() ? "" : "&"), ""));
        return send(HttpRequest.newBuilder(uri(port, action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Uploads a file through the form on a page, as a browser sends it (multipart, with the CSRF token). */
    Response upload(int port, String page, String fileName, byte[] content) {
        String boundary = "visitor" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(port, page) + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(port, page)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Response signIn(int port, String username, String password) {
        return submit(port, "/sign-in", "/sign-in", Map.of("username", username, "password", password));
    }

    private String csrf(int port, String page) {
        Response response = get(port, page);
        Matcher token = CSRF.matcher(response.body());
        if (!token.find()) {
            throw new AssertionError("No form with a CSRF token on " + page + " (status " + response.status() + ", to "
                    + response.location() + ")");
        }
        return token.group(1);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

package org.tgov.crawl;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One person's browser as the crawl sees it: a cookie jar and a plain HTTP client that does not
 * follow redirects, so that every status the server answers is seen.
 */
final class HttpSession {

    /** A form field to send: name and value, in order; a name may repeat. */
    record Param(String name, String value) {
    }

    /** A file to upload in a multipart form. */
    record Upload(String field, String fileName, byte[] content) {
    }

    record Response(int status, String location, String contentType, byte[] body) {

        boolean isHtml() {
            return contentType != null && contentType.startsWith("text/html");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Document document(String baseUri) {
            return Jsoup.parse(text(), baseUri);
        }

        boolean isRedirect() {
            return status >= 300 && status < 400;
        }
    }

    private final String base;
    private final HttpClient client;
    final String who;

    HttpSession(String base, String who) {
        this.base = base;
        this.who = who;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    String base() {
        return base;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response post(String path, List<Param> params) {
        String body = params.stream()
                .map(p -> URLEncoder.encode(p.name(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response postMultipart(String path, List<Param> params, List<Upload> uploads) {
        String boundary = "crawl" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Param param : params) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + param.name() + "\"\r\n\r\n");
            write(body, param.value());
            write(body, "\r\n");
        }
        for (Upload upload : uploads) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload.field()
                    + "\"; filename=\"" + upload.fileName() + "\"\r\nContent-Type: text/csv\r\n\r\n");
            body.writeBytes(upload.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Signs in through the sign-in page, as a person would; fails if the server does not let them in. */
    HttpSession signIn(String username, String password) {
        Response page = get("/sign-in");
        String csrf = page.document(base).select("input[name=_csrf]").attr("value");
        Response result = post("/sign-in", List.of(new Param("username", username), new Param("password", password),
                new Param("_csrf", csrf)));
        if (!result.isRedirect() || result.location() == null || result.location().contains("/sign-in")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + result.status() + " " + result.location());
        }
        return this;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = response.headers().map();
            return new Response(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(headers.isEmpty() ? null : ""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

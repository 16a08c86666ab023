package org.tgov.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less visitor of the real embedded server that sends any header it is told to, forged
 * {@code Host} included (the JDK's HTTP client refuses to), and keeps its session cookie. One
 * request per connection, so that nothing is pooled between headers that must not mix.
 */
public final class RawHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public RawHttp(int port) {
        this.port = port;
    }

    /** {@code headers} are "Name: value" lines; without a Host line the request names the server itself. */
    public Response get(String path, String... headers) throws IOException {
        return send("GET", path, null, headers);
    }

    public Response post(String path, Map<String, String> form, String... headers) throws IOException {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST", path, body, headers);
    }

    /** The CSRF token of the form on a page, read as a browser would before posting it. */
    public String csrfToken(String path, String... headers) throws IOException {
        Matcher token = CSRF.matcher(get(path, headers).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return token.group(1);
    }

    /** Fetches the sign-in form and posts it, through the same headers (a proxy's, or forged ones). */
    public Response signIn(String username, String password, String... headers) throws IOException {
        String token = csrfToken("/sign-in", headers);
        return post("/sign-in", Map.of("username", username, "password", password, "_csrf", token), headers);
    }

    private Response send(String method, String path, String body, String... headers) throws IOException {
        List<String> lines = new ArrayList<>(List.of(headers));
        if (lines.stream().noneMatch(line -> line.regionMatches(true, 0, "Host:", 0, 5))) {
            lines.add("Host: 127.0.0.1:" + port);
        }
        lines.add("Connection: close");
        if (!cookies.isEmpty()) {
            lines.add("Cookie: " + cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            lines.add("Content-Type: application/x-www-form-urlencoded");
            lines.add("Content-Length: " + content.length);
        }
        String head = method + " " + path + " HTTP/1.1\r\n" + String.join("\r\n", lines) + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            Response response = Response.parse(socket.getInputStream());
            response.headers("Set-Cookie").forEach(this::keep);
            return response;
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Status, headers (names in lower case) and body of one response. */
    public record Response(int status, Map<String, List<String>> headerMap, String body) {

        public List<String> headers(String name) {
            return headerMap.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public Optional<String> header(String name) {
            return headers(name).stream().findFirst();
        }

        public String location() {
            return header("Location").orElseThrow(() -> new AssertionError("No Location header; status " + status));
        }

        /** The whole Set-Cookie header that sets this cookie, attributes included. */
        public Optional<String> setCookie(String name) {
            return headers("Set-Cookie").stream().filter(value -> value.startsWith(name + "=")).findFirst();
        }

        static Response parse(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String raw = new String(all, StandardCharsets.ISO_8859_1);
            int end = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, end).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.computeIfAbsent(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(head[i].substring(colon + 1).strip());
            }
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
            return new Response(status, headers, new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = indexOfCrLf(body, at);
                String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    return out.toByteArray();
                }
                out.write(body, lineEnd + 2, length);
                at = lineEnd + 2 + length + 2;
            }
        }

        private static int indexOfCrLf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length - 1; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            throw new IllegalStateException("Truncated chunked body");
        }
    }
}

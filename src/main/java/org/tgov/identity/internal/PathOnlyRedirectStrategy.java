package org.tgov.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Sends a redirect to a path on this site only. Spring Security remembers the page a signed-out
 * visitor asked for as an absolute URL built from that request's Host header, which anyone can
 * forge; dropping the scheme and host keeps every redirect here, wherever the request said it was.
 */
final class PathOnlyRedirectStrategy implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        String location = UrlUtils.isAbsoluteUrl(url) ? pathOf(url) : request.getContextPath() + url;
        response.sendRedirect(response.encodeRedirectURL(location));
    }

    /**
     * "https://any.host:8443/programmes?continue" becomes "/programmes?continue". A path starting
     * "//" would be read by a browser as another host, so it keeps one slash (the firewall refuses
     * such paths anyway).
     */
    static String pathOf(String absoluteUrl) {
        int slash = absoluteUrl.indexOf('/', absoluteUrl.indexOf("://") + 3);
        return slash < 0 ? "/" : absoluteUrl.substring(slash).replaceFirst("^/+", "/");
    }
}

package org.meldcode.examples.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers of every answer: nothing cached (case data is pupil data), no content sniffing, no
 * referrer, and the page's content security policy (scripts, styles and images from this server
 * only). The dossier, diagram and timeline replace the policy with their own ({@link Api}).
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {

    /** The page and the API: scripts, styles and images from this server only. */
    static final String PAGE_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        chain.doFilter(request, response);
    }
}

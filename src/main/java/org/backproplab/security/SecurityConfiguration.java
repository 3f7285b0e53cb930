package org.backproplab.security;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.spring.security.VaadinWebSecurity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security the Vaadin way: which page a visitor may open is said on the view
 * ({@code @AnonymousAllowed}, {@code @PermitAll} for any account, {@code @RolesAllowed("TEACHER")}...),
 * checked by Vaadin on every navigation; services check again. Here: the login page and what
 * follows a login (LoginOutcomes: the guest's progress moves in, throttled failures), the session
 * id changed at login (session fixation), no "remember me", the response headers every page
 * carries, and the few addresses that are no view. CSRF: Vaadin's own token guards its requests,
 * Spring's the login form (VaadinWebSecurity sets both up).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration extends VaadinWebSecurity {
    private final LoginOutcomes outcomes;
    private final LoginPage loginPage;

    SecurityConfiguration(LoginOutcomes outcomes, LoginPage loginPage) {
        this.outcomes = outcomes;
        this.loginPage = loginPage;
    }

    /**
     * What a page may load. Vaadin's client evaluates the server's JavaScript calls with
     * {@code new Function} and sets inline styles, and the app shell inlines its theme script, so
     * scripts and styles need 'unsafe-inline' (and scripts 'unsafe-eval'); everything else comes from
     * this origin only, no plug-ins, and no other site may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Load balancers and the error page ask without a session.
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                // An address no route matches goes on to Vaadin, whose not-found page answers 404
                // (rather than Spring Security's 403 for "not a page anyone may open").
                .requestMatchers(SecurityConfiguration::matchesNoRoute).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Sent on HTTPS only (also behind a TLS proxy: see server.forward-headers-strategy).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        // X-Content-Type-Options: nosniff is Spring Security's default.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        super.configure(http);
        setLoginView(http, loginPage.view(), "/");
        http.formLogin(form -> form.failureHandler(outcomes));
    }

    private static boolean matchesNoRoute(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/+", "");
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        try {
            return registry.getNavigationTarget(path).isEmpty();
        } catch (NotFoundException | IllegalArgumentException malformed) {
            return true;
        }
    }
}

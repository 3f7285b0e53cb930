package org.backproplab.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;

import org.backproplab.security.ui.LoginView;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Spring Security through Vaadin: every view says who may open it ({@code @AnonymousAllowed},
 * {@code @PermitAll}, {@code @RolesAllowed}) and Vaadin's navigation access control enforces it on
 * the server. Vaadin's CSRF protection covers its own requests and Spring's the login form;
 * the session id changes at login (session fixation); there is no "remember me".
 */
@EnableWebSecurity
@Configuration
class SecurityConfiguration extends VaadinWebSecurity {
    private final LoginOutcomes outcomes;

    SecurityConfiguration(LoginOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health/**", "/actuator/health", "/icons/**").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        super.configure(http);
        setLoginView(http, LoginView.class, "/");
        http.formLogin(form -> form.successHandler(outcomes).failureHandler(outcomes));
    }
}

package org.backproplab.security.ui;

import org.backproplab.security.LoginPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the security set-up which view is the login page. */
@Configuration
class LoginPageProvider {
    @Bean
    LoginPage loginPage() {
        return new LoginPage(LoginView.class);
    }
}

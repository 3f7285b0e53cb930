package org.backproplab.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What answers when something outside Vaadin fails (a refused request, an actuator error): the
 * status and its name, nothing more. Pages have their own error views; this replaces Spring Boot's
 * error controller, which answered {@code GET /error} asked for directly with a 500 ("status 999").
 * Asked for directly there is no error to report, so it is a page that does not exist: 404.
 */
@Controller
class ErrorStatus implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.resolve(c) : HttpStatus.NOT_FOUND;
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN)
                .body(status.value() + " " + status.getReasonPhrase() + "\n");
    }
}

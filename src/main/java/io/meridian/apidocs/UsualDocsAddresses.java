package io.meridian.apidocs;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * springdoc's usual addresses, which an integrator tries first, lead to where the description ({@code /api/openapi})
 * and Swagger UI ({@code /api/docs}) are: both live under {@code /api}, behind its sign-in.
 */
@Hidden
@RestController
class UsualDocsAddresses {

    @GetMapping("/v3/api-docs")
    ResponseEntity<Void> description() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/api/openapi")).build();
    }

    @GetMapping({"/swagger-ui", "/swagger-ui/", "/swagger-ui.html", "/swagger-ui/index.html"})
    ResponseEntity<Void> swaggerUi() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/api/docs")).build();
    }
}

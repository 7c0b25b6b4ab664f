package io.meridian.etiquette;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;

import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.WindowKind;
import io.meridian.system.Inputs;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Decisions")
@RestController
@RequestMapping("/api/decisions")
class EtiquetteController {

    private static final int DEFAULT_WINDOWS = 5;

    private final EtiquetteService etiquette;
    private final ContactWindowService windows;

    EtiquetteController(EtiquetteService etiquette, ContactWindowService windows) {
        this.etiquette = etiquette;
        this.windows = windows;
    }

    @Operation(summary = "How to deal with a client",
        description = "The etiquette for a country and tier at a moment: channel, tone, timing, what to avoid, how fast to answer, and the client's observances.")
    @PostMapping("/etiquette")
    Etiquette etiquette(@Valid @RequestBody EtiquetteRequest request) {
        Instant at = Inputs.instant("at", request.at(), Instant.now());
        Tier tier = Inputs.enumValue("tier", request.tier(), Tier.class, Tier.B);
        return etiquette.decide(request.country(), at, tier);
    }

    @Operation(summary = "When to call or send",
        description = "The next call or send windows for a client, in both clocks; a call window says when it stretches the team's hours and what it costs.")
    @PostMapping("/contact-window")
    List<ContactWindow> contactWindow(@Valid @RequestBody ContactWindowRequest request) {
        Instant from = Inputs.instant("from", request.from(), Instant.now());
        int count = request.count() == null ? DEFAULT_WINDOWS : request.count();
        WindowKind kind = Inputs.enumValue("kind", request.kind(), WindowKind.class, WindowKind.CALL);
        return windows.next(request.country(), Inputs.zone("timeZone", request.timeZone()), from, count, kind);
    }
}

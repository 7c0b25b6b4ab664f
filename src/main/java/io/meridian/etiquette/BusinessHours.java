package io.meridian.etiquette;

import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;

/** The client's working hours in the client's local time. */
public record BusinessHours(
    @Schema(description = "when the client's business day starts, HH:mm in their time zone") @JsonFormat(pattern = "HH:mm") LocalTime start,
    @Schema(description = "when it ends, HH:mm") @JsonFormat(pattern = "HH:mm") LocalTime end) {
}

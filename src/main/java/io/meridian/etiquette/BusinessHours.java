package io.meridian.etiquette;

import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/** The client's working hours in the client's local time. */
public record BusinessHours(@JsonFormat(pattern = "HH:mm") LocalTime start,
                            @JsonFormat(pattern = "HH:mm") LocalTime end) {
}

package io.meridian.calendar;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The team's own clock: its time zone and the hours in which it will contact clients. */
@ConfigurationProperties("meridian.team")
public record TeamSettings(
    @DefaultValue("Asia/Shanghai") ZoneId timeZone,
    @DefaultValue("08:00") LocalTime contactStart,
    @DefaultValue("22:00") LocalTime contactEnd) {
}

package io.meridian.complaint;

import java.time.Duration;
import java.util.List;

import io.meridian.rules.FiredRule;

/** How to handle one complaint, and which spreadsheet rows said so. */
public record ComplaintDecision(
    ComplaintCategory category,
    String country,
    String feedback,
    String tier,
    double orderValue,
    Wording wording,
    Severity severity,
    Duration firstResponse,
    boolean crisis,
    String team,
    boolean seniorContact,
    String channel,
    List<String> guidance,
    List<FiredRule> firedRules,
    String rulesVersion) {
}

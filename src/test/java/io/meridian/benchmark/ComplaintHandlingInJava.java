package io.meridian.benchmark;

import java.util.ArrayList;
import java.util.List;

import io.meridian.complaint.Severity;

/**
 * The shipped complaint-handling workbook written by hand in Java: the floor the Drools table
 * and the DMN table are measured against. It must answer as the workbook does; the benchmark's
 * setup refuses to run when it does not (after a workbook change this class is out of date).
 */
final class ComplaintHandlingInJava {

    private static final String STRONG_WORDING = "The client is upset: acknowledge at once and name who owns the fix.";
    private static final String MILD_INDIRECT = "A mild complaint from this client may hide a serious problem: ask privately what really happened and what they expect.";
    private static final String KEY_ACCOUNT = "Key account: the account manager follows up personally.";
    private static final String QUALITY_CRISIS = "Quality crisis at a key account: open the crisis channel and answer within 2 hours.";
    private static final List<String> ALWAYS = List.of(
        "Stay calm and professional; listen without interrupting and acknowledge: I understand how you feel.",
        "Clarify the exact problem and what the client expects.",
        "Offer a solution with a timeline and follow up until the client confirms satisfaction.");
    private static final String EQUAL_RANK = "A manager of equal rank to the client answers.";
    private static final String CRITICAL_MANAGER = "A manager joins the answer because the matter is critical.";
    private static final Severity[] SEVERITIES = Severity.values();

    private ComplaintHandlingInJava() {
    }

    static ComplaintAnswer decide(ComplaintAnswer.Input in) {
        Severity start;
        String team;
        switch (in.category()) {
            case "QUALITY" -> { start = Severity.NORMAL; team = "support"; }
            case "DELIVERY_DELAY" -> { start = Severity.NORMAL; team = "logistics"; }
            case "DOCUMENTATION" -> { start = Severity.LOW; team = "order-desk"; }
            case "BILLING" -> { start = Severity.NORMAL; team = "order-desk"; }
            case "COMMUNICATION" -> { start = Severity.LOW; team = "sales"; }
            default -> throw new IllegalArgumentException("unknown category " + in.category());
        }
        int raise = 0;
        String channel = "EMAIL";
        List<String> guidance = new ArrayList<>(8);
        boolean strong = "STRONG".equals(in.wording());
        boolean keyAccount = "A".equals(in.tier());
        if (strong) {
            raise++;
            guidance.add(STRONG_WORDING);
        }
        if ("MILD".equals(in.wording()) && "INDIRECT".equals(in.feedback())) {
            raise++;
            channel = "PRIVATE_CALL";
            guidance.add(MILD_INDIRECT);
        }
        if (keyAccount) {
            raise++;
            guidance.add(KEY_ACCOUNT);
        }
        if (in.orderValue() >= 50_000) {
            raise++;
        }
        if ("QUALITY".equals(in.category()) && strong && keyAccount) {
            raise++;
            channel = "PHONE";
            guidance.add(QUALITY_CRISIS);
        }
        Severity severity = SEVERITIES[Math.min(SEVERITIES.length - 1, start.ordinal() + raise)];
        String firstResponse = switch (severity) {
            case CRITICAL -> "PT2H";
            case HIGH -> "PT24H";
            default -> "PT48H";
        };
        guidance.addAll(ALWAYS);
        boolean senior = false;
        if ("HIERARCHICAL".equals(in.hierarchy())) {
            senior = true;
            guidance.add(EQUAL_RANK);
        }
        if ("FLAT".equals(in.hierarchy()) && severity == Severity.CRITICAL) {
            senior = true;
            guidance.add(CRITICAL_MANAGER);
        }
        return new ComplaintAnswer(severity.name(), team, channel, firstResponse, severity == Severity.CRITICAL, senior,
            List.copyOf(guidance));
    }
}

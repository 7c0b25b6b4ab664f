package io.meridian.complaint;

import java.util.ArrayList;
import java.util.List;

/** Working-memory fact of the complaint-handling table: the complaint in, the handling out. */
public class ComplaintFact {

    private final String category;
    private final String feedback;
    private final String hierarchy;
    private final String tier;
    private final double orderValue;
    private final String wording;
    private String severity;
    private String team;
    private String channel = "EMAIL";
    private String firstResponse;
    private boolean crisis;
    private boolean seniorContact;
    private final List<String> guidance = new ArrayList<>();

    public ComplaintFact(String category, String feedback, String hierarchy, String tier, double orderValue, String wording) {
        this.category = category;
        this.feedback = feedback;
        this.hierarchy = hierarchy;
        this.tier = tier;
        this.orderValue = orderValue;
        this.wording = wording;
    }

    public String getCategory() { return category; }
    public String getFeedback() { return feedback; }
    public String getHierarchy() { return hierarchy; }
    public String getTier() { return tier; }
    public double getOrderValue() { return orderValue; }
    public String getWording() { return wording; }
    public String getSeverity() { return severity; }
    public void setSeverity(String severity) { this.severity = severity; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getFirstResponse() { return firstResponse; }
    public void setFirstResponse(String firstResponse) { this.firstResponse = firstResponse; }
    public boolean isCrisis() { return crisis; }
    public void setCrisis(boolean crisis) { this.crisis = crisis; }
    public boolean isSeniorContact() { return seniorContact; }
    public void setSeniorContact(boolean seniorContact) { this.seniorContact = seniorContact; }
    public List<String> getGuidance() { return guidance; }

    public void addGuidance(String sentence) {
        String trimmed = sentence.trim();
        if (!trimmed.isEmpty() && !guidance.contains(trimmed)) {
            guidance.add(trimmed);
        }
    }

    /**
     * The current severity raised by {@code levels}, never beyond CRITICAL. A getter on purpose:
     * in {@code modify($c) { setSeverity($c.getSeverityRaisedBy(1)) }} Drools then sees that only
     * the severity changes, so rows that matched on other fields do not fire again.
     */
    public String getSeverityRaisedBy(int levels) {
        Severity current = severity == null ? Severity.LOW : Severity.valueOf(severity);
        Severity[] all = Severity.values();
        return all[Math.min(all.length - 1, Math.max(0, current.ordinal() + levels))].name();
    }
}

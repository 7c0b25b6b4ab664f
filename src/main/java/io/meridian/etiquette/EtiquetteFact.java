package io.meridian.etiquette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The working memory fact of the etiquette table: the client's country and tier go in, the
 * rows of the spreadsheet fill in the rest. Mutable on purpose, because decision-table
 * actions are setter calls.
 */
public class EtiquetteFact {

    private final String country;
    private final String tier;
    private String region;
    private String timeZone;
    private String directness;
    private String context;
    private String opening;
    private String time;
    private String hierarchy;
    private String feedback;
    private String persuasion;
    private String channelStyle;
    private String pace;
    private String formality;
    private boolean honorifics;
    private String quickChannel;
    private String confirmationChannel;
    private String meeting;
    private boolean bilingualDocuments;
    private String language;
    private String nameOrder;
    private String salutation;
    private boolean titles;
    private String greeting;
    private String workWeek;
    private String opens;
    private String closes;
    private String shortDays;
    private int followUpAfterBusinessDays;
    private int maxFollowUps;
    private final List<String> tabooTopics = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public EtiquetteFact(String country, String tier) {
        this.country = country;
        this.tier = tier;
    }

    public String getCountry() { return country; }
    public String getTier() { return tier; }

    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public String getDirectness() { return directness; }
    public void setDirectness(String directness) { this.directness = directness; }
    public String getContext() { return context; }
    public void setContext(String context) { this.context = context; }
    public String getOpening() { return opening; }
    public void setOpening(String opening) { this.opening = opening; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public String getHierarchy() { return hierarchy; }
    public void setHierarchy(String hierarchy) { this.hierarchy = hierarchy; }
    public String getFeedback() { return feedback; }
    public void setFeedback(String feedback) { this.feedback = feedback; }
    public String getPersuasion() { return persuasion; }
    public void setPersuasion(String persuasion) { this.persuasion = persuasion; }
    public String getChannelStyle() { return channelStyle; }
    public void setChannelStyle(String channelStyle) { this.channelStyle = channelStyle; }
    public String getPace() { return pace; }
    public void setPace(String pace) { this.pace = pace; }
    public String getFormality() { return formality; }
    public void setFormality(String formality) { this.formality = formality; }
    public boolean isHonorifics() { return honorifics; }
    public void setHonorifics(boolean honorifics) { this.honorifics = honorifics; }
    public String getQuickChannel() { return quickChannel; }
    public void setQuickChannel(String quickChannel) { this.quickChannel = quickChannel; }
    public String getConfirmationChannel() { return confirmationChannel; }
    public void setConfirmationChannel(String confirmationChannel) { this.confirmationChannel = confirmationChannel; }
    public String getMeeting() { return meeting; }
    public void setMeeting(String meeting) { this.meeting = meeting; }
    public boolean isBilingualDocuments() { return bilingualDocuments; }
    public void setBilingualDocuments(boolean bilingualDocuments) { this.bilingualDocuments = bilingualDocuments; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getNameOrder() { return nameOrder; }
    public void setNameOrder(String nameOrder) { this.nameOrder = nameOrder; }
    public String getSalutation() { return salutation; }
    public void setSalutation(String salutation) { this.salutation = salutation; }
    public boolean isTitles() { return titles; }
    public void setTitles(boolean titles) { this.titles = titles; }
    public String getGreeting() { return greeting; }
    public void setGreeting(String greeting) { this.greeting = greeting; }
    public String getWorkWeek() { return workWeek; }
    public void setWorkWeek(String workWeek) { this.workWeek = workWeek; }
    public String getShortDays() { return shortDays; }
    public void setShortDays(String shortDays) { this.shortDays = shortDays; }
    public String getOpens() { return opens; }
    public void setOpens(String opens) { this.opens = opens; }
    public String getCloses() { return closes; }
    public void setCloses(String closes) { this.closes = closes; }
    public int getFollowUpAfterBusinessDays() { return followUpAfterBusinessDays; }
    public void setFollowUpAfterBusinessDays(int days) { this.followUpAfterBusinessDays = days; }
    public int getMaxFollowUps() { return maxFollowUps; }
    public void setMaxFollowUps(int maxFollowUps) { this.maxFollowUps = maxFollowUps; }

    public List<String> getTabooTopics() { return tabooTopics; }
    public List<String> getNotes() { return notes; }

    /** A cell lists topics separated by commas; region and country topics add up. */
    public void addTabooTopics(String commaSeparated) {
        for (String topic : commaSeparated.split(",")) {
            String trimmed = topic.trim();
            if (!trimmed.isEmpty() && !tabooTopics.contains(trimmed)) {
                tabooTopics.add(trimmed);
            }
        }
    }

    /**
     * Removes topics a row above added (comma-separated; case and surrounding blanks ignored),
     * so that a country can take back what its region says.
     *
     * @throws IllegalArgumentException naming a topic that no row above gave: a typo must not pass silently
     */
    public void dropTabooTopics(String commaSeparated) {
        for (String topic : commaSeparated.split(",")) {
            if (!topic.isBlank()) {
                remove(tabooTopics, topic, "taboo topic");
            }
        }
    }

    /**
     * Removes a note a row above gave (the whole sentence; case and surrounding blanks ignored),
     * so that no answer contradicts itself (a business-first country inheriting small-talk advice).
     *
     * @throws IllegalArgumentException naming a note that no row above gave: a typo must not pass silently
     */
    public void dropNote(String note) {
        if (!note.isBlank()) {
            remove(notes, note, "note");
        }
    }

    private static void remove(List<String> items, String text, String what) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        if (!items.removeIf(item -> item.trim().toLowerCase(Locale.ROOT).equals(wanted))) {
            throw new IllegalArgumentException("drops a " + what + " that no row above gave: '" + text.trim() + "'");
        }
    }

    /** Each note cell is one advice sentence; region and country notes add up. */
    public void addNote(String note) {
        String trimmed = note.trim();
        if (!trimmed.isEmpty() && !notes.contains(trimmed)) {
            notes.add(trimmed);
        }
    }
}

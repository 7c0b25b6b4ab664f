package io.meridian.etiquette;

import java.time.LocalDate;

/**
 * A period of the calendar (Ramadan, a public holiday, ...) that covers the decision date.
 * The observance rows of the etiquette table decide whether it matters for the client and
 * how: NO_PUSH, CLOSED, SLOW, or NONE to say explicitly that it does not apply; and whether it shortens the
 * client's day (Opens, Closes).
 */
public class ObservanceFact {

    private final String kind;
    private final String name;
    private final LocalDate from;
    private final LocalDate to;
    private String effect;
    private String advice;
    private String opens;
    private String closes;

    public ObservanceFact(String kind, String name, LocalDate from, LocalDate to) {
        this.kind = kind;
        this.name = name;
        this.from = from;
        this.to = to;
    }

    public String getKind() { return kind; }
    public String getName() { return name; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public String getEffect() { return effect; }
    public void setEffect(String effect) { this.effect = effect; }
    public String getAdvice() { return advice; }
    public void setAdvice(String advice) { this.advice = advice; }
    /** The client's opening time while the period lasts (Ash Wednesday in Brazil: 14:00); null keeps the usual one. */
    public String getOpens() { return opens; }
    public void setOpens(String opens) { this.opens = opens; }
    /** The client's closing time while the period lasts (Ramadan in Saudi Arabia: 15:00); null keeps the usual one. */
    public String getCloses() { return closes; }
    public void setCloses(String closes) { this.closes = closes; }
}

package io.meridian.etiquette;

import java.time.LocalDate;

/**
 * A period of the calendar (Ramadan, a public holiday, ...) that covers the decision date.
 * The observance rows of the etiquette table decide whether it matters for the client and
 * how: NO_PUSH, CLOSED, SLOW, or NONE to say explicitly that it does not apply.
 */
public class ObservanceFact {

    private final String kind;
    private final String name;
    private final LocalDate from;
    private final LocalDate to;
    private String effect;
    private String advice;

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
}

package io.meridian.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a Tasklist card shows of whom a task is for, so one card can be told from the next: the
 * name ("Reply to inquiry — Nakamura Trading (JP, A)"; the activity id stays the model's) and the
 * card variables the team filters list (company, country, tier).
 */
public final class TaskLabels {

    /** The variables every team filter shows on its cards ({@code system/GroupGrants}). */
    public static final List<String> CARD_VARIABLES = List.of(ClientVariables.COMPANY, ClientVariables.COUNTRY, ClientVariables.TIER);

    static final String SEPARATOR = " — ";

    private TaskLabels() {
    }

    /**
     * Names the task for its client and copies the card variables onto the task: Tasklist reads a
     * card's variables with the user's permissions, and a team may read its tasks, not the whole
     * process instance.
     */
    public static void apply(DelegateTask task) {
        task.setName(forClient(task));
        for (String name : CARD_VARIABLES) {
            Object value = task.getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }

    /**
     * Puts the number the team and the client quote for the task's record ({@code C-5FB68AAE}) after the model's name, before
     * the client ("Acknowledge complaint C-5FB68AAE — Müller GmbH (DE, B)"): a client's complaints are told apart on the card.
     */
    public static void reference(DelegateTask task, String reference) {
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        int cut = name.indexOf(SEPARATOR);
        String base = cut < 0 ? name : name.substring(0, cut);
        if (reference == null || base.endsWith(" " + reference)) {
            return;
        }
        String named = base + " " + reference + (cut < 0 ? "" : name.substring(cut));
        task.setName(named.length() <= 255 ? named : named.substring(0, 254) + "…");
    }

    /** The model's name of the task followed by company, country and tier; the name alone when the company is unknown. */
    public static String forClient(DelegateTask task) {
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        int cut = name.indexOf(SEPARATOR);
        String base = cut < 0 ? name : name.substring(0, cut);
        String company = ProcessValues.text(task, ClientVariables.COMPANY);
        if (company == null) {
            return base;
        }
        String country = ProcessValues.text(task, ClientVariables.COUNTRY);
        String tier = ProcessValues.text(task, ClientVariables.TIER);
        StringBuilder b = new StringBuilder(base).append(SEPARATOR).append(company.strip());
        if (country != null || tier != null) {
            b.append(" (").append(country == null ? "–" : country).append(", ").append(tier == null ? "B" : tier).append(')');
        }
        // the engine keeps task names up to 255 characters
        return b.length() <= 255 ? b.toString() : b.substring(0, 254) + "…";
    }
}

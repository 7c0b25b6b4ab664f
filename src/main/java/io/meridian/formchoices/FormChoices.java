package io.meridian.formchoices;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The labels of a choice field of a shipped task form, read from the form itself so a message never drifts from what
 * Tasklist shows. A missing form or field is a programming error: it fails at once, naming both.
 */
public final class FormChoices {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> FORMS = new ConcurrentHashMap<>();

    private FormChoices() {
    }

    /**
     * "{@code key} is required ("What did you do?"): choose "Told the client, the date stays" or "Agreed a new delivery
     * date with the client"": the field's label and its options as the form shows them.
     */
    public static String required(String form, String key) {
        JsonNode field = field(form, key);
        return key + " is required (\"" + field.path("label").asText() + "\"): choose " + options(form, key);
    }

    /**
     * "unknown {@code key} 'PARTY' ("Done in a talk?"): one of NONE ("No talk"), CALL ("Call") or ...": for a value sent
     * over engine-rest that the field does not offer, its values with the words Tasklist shows for each.
     */
    public static String unknown(String form, String key, String value) {
        JsonNode field = field(form, key);
        List<String> values = new ArrayList<>();
        field.path("values").forEach(v -> values.add(v.path("value").asText() + " (\"" + v.path("label").asText() + "\")"));
        return "unknown " + key + " '" + value + "' (\"" + field.path("label").asText() + "\"): one of " + sentence(values);
    }

    /** The options' labels, quoted and joined as a sentence says them: "A", "B" or "C". */
    public static String options(String form, String key) {
        List<String> labels = new ArrayList<>();
        field(form, key).path("values").forEach(v -> labels.add("\"" + v.path("label").asText() + "\""));
        if (labels.isEmpty()) {
            throw new IllegalStateException("field " + key + " of processes/" + form + " offers no choices");
        }
        return sentence(labels);
    }

    private static String sentence(List<String> items) {
        if (items.isEmpty()) {
            throw new IllegalStateException("a choice field offers no choices");
        }
        return items.size() == 1 ? items.get(0)
            : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    private static JsonNode field(String form, String key) {
        JsonNode found = find(FORMS.computeIfAbsent(form, FormChoices::read).path("components"), key);
        if (found == null) {
            throw new IllegalStateException("processes/" + form + " has no field " + key);
        }
        return found;
    }

    private static JsonNode find(JsonNode components, String key) {
        for (JsonNode c : components) {
            if (key.equals(c.path("key").asText())) {
                return c;
            }
            JsonNode inside = find(c.path("components"), key);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static JsonNode read(String form) {
        try (InputStream in = FormChoices.class.getClassLoader().getResourceAsStream("processes/" + form)) {
            if (in == null) {
                throw new IllegalStateException("no form processes/" + form);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("processes/" + form + " does not read", e);
        }
    }
}

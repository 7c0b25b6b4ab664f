package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;

/**
 * {@link RecordSchemas}, which the API description's tests compare the server's records and answers with: it follows
 * {@code $ref}s and dotted paths, reads {@code required}, names a record whose fields differ from its schema (nested ones
 * too), and names what an answer holds that its schema does not describe.
 */
@RunsBeside
class RecordSchemasTest {

    record Item(String sku, int quantity) {
    }

    record Order(String id, List<Item> items) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode api(String schemas) throws Exception {
        return JSON.readTree("{\"components\": {\"schemas\": " + schemas + "}}");
    }

    private static JsonNode ref(String name) throws Exception {
        return JSON.readTree("{\"$ref\": \"#/components/schemas/" + name + "\"}");
    }

    @Test
    void shouldFollowReferencesAndPathsAndReadRequired() throws Exception {
        JsonNode api = api("{\"Order\": {\"type\": \"object\", \"required\": [\"id\"], \"properties\": {\"id\": {\"type\": \"string\"},"
            + " \"client\": {\"$ref\": \"#/components/schemas/Client\"}}},"
            + " \"Client\": {\"type\": \"object\", \"required\": [\"tier\"], \"properties\": {\"tier\": {\"type\": \"string\", \"enum\": [\"A\"]}}}}");

        assertThat(RecordSchemas.resolve(api, ref("Order")).path("required").get(0).asText()).isEqualTo("id");
        assertThat(RecordSchemas.property(api, ref("Order"), "client.tier").path("enum").get(0).asText()).isEqualTo("A");
        assertThat(RecordSchemas.property(api, ref("Order"), "client.name").isMissingNode()).isTrue();
        assertThat(RecordSchemas.required(api, ref("Order"), "id")).isTrue();
        assertThat(RecordSchemas.required(api, ref("Order"), "client.tier")).isTrue();
        assertThat(RecordSchemas.required(api, ref("Order"), "client")).isFalse();
    }

    @Test
    void shouldNameARecordWhoseFieldsDifferFromItsSchemaNestedOnesToo() throws Exception {
        JsonNode api = api("{\"Order\": {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"},"
            + " \"items\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/Item\"}}}},"
            + " \"Item\": {\"type\": \"object\", \"properties\": {\"sku\": {\"type\": \"string\"}}}}");
        List<String> mismatches = new ArrayList<>();

        int compared = RecordSchemas.compare(api, ref("Order"), ResolvableType.forClass(Order.class), "answer", mismatches);

        assertThat(compared).as("Order and its Item").isEqualTo(2);
        assertThat(mismatches).singleElement().asString().startsWith("answer.items[]: described as #/components/schemas/Item with [sku]")
            .endsWith("has [quantity, sku]");
    }

    @Test
    void shouldNameWhatAnAnswerHoldsThatItsSchemaDoesNotDescribe() throws Exception {
        JsonNode api = api("{\"Order\": {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"},"
            + " \"status\": {\"type\": \"string\", \"enum\": [\"OPEN\"]}, \"at\": {\"type\": \"string\", \"format\": \"date-time\"},"
            + " \"count\": {\"type\": \"integer\"}}}}");
        List<String> mismatches = new ArrayList<>();

        RecordSchemas.answer(api, ref("Order"), JSON.readTree("{\"id\": \"o1\", \"status\": \"GONE\", \"at\": \"2027-01-12T09:00:00\","
            + " \"count\": 1.5, \"extra\": true}"), "GET /x", mismatches);
        List<String> none = new ArrayList<>();
        RecordSchemas.answer(api, ref("Order"), JSON.readTree("{\"id\": \"o1\", \"status\": \"OPEN\", \"at\": \"2027-01-12T09:00:00Z\","
            + " \"count\": 2}"), "GET /x", none);

        assertThat(mismatches).containsExactlyInAnyOrder("GET /x.status: 'GONE' is not one of [OPEN]",
            "GET /x.at: '2027-01-12T09:00:00' is not a date-time", "GET /x.count: the number 1.5, described as integer",
            "GET /x.extra: not described");
        assertThat(none).isEmpty();
    }

    @Test
    void shouldNameANullWhereTheSchemaDoesNotLetTheFieldBeNull() throws Exception {
        JsonNode api = api("{\"Order\": {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"},"
            + " \"note\": {\"type\": [\"string\", \"null\"]}, \"item\": {\"anyOf\": [{\"$ref\": \"#/components/schemas/Item\"},"
            + " {\"type\": \"null\"}]}, \"kind\": {\"type\": [\"string\", \"null\"], \"enum\": [\"A\", null]}}},"
            + " \"Item\": {\"type\": \"object\", \"properties\": {\"sku\": {\"type\": \"string\"}}}}");
        List<String> mismatches = new ArrayList<>();

        RecordSchemas.answer(api, ref("Order"), JSON.readTree("{\"id\": null, \"note\": null, \"item\": null, \"kind\": null}"),
            "GET /x", mismatches);
        List<String> nested = new ArrayList<>();
        RecordSchemas.answer(api, ref("Order"), JSON.readTree("{\"id\": \"o1\", \"note\": \"n\", \"item\": {\"sku\": 7,"
            + " \"size\": 1}, \"kind\": \"B\"}"), "GET /x", nested);

        assertThat(mismatches).containsExactly("GET /x.id: null, described as never null");
        assertThat(nested).containsExactlyInAnyOrder("GET /x.item.sku: the number 7, described as string",
            "GET /x.item.size: not described", "GET /x.kind: 'B' is not one of [A, null]");
        assertThat(RecordSchemas.property(api, ref("Order"), "item.sku").path("type").asText()).isEqualTo("string");
    }

    /**
     * A field every answer carries, null or not, that its schema does not mark {@code required} is named, in a nested
     * record and a list's records too; one an answer left out is not, and a required field an answer leaves out is named.
     */
    @Test
    void shouldNameAFieldEveryAnswerCarriesThatItsSchemaDoesNotRequire() throws Exception {
        JsonNode api = api("{\"Order\": {\"type\": \"object\", \"required\": [\"id\"], \"properties\": {\"id\": {\"type\": \"string\"},"
            + " \"note\": {\"type\": [\"string\", \"null\"]}, \"client\": {\"anyOf\": [{\"$ref\": \"#/components/schemas/Client\"},"
            + " {\"type\": \"null\"}]}, \"items\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/Item\"}}}},"
            + " \"Client\": {\"type\": \"object\", \"required\": [\"name\"], \"properties\": {\"name\": {\"type\": \"string\"}}},"
            + " \"Item\": {\"type\": \"object\", \"properties\": {\"sku\": {\"type\": \"string\"}, \"size\": {\"type\": \"integer\"}}}}");
        Map<String, Set<String>> carried = new TreeMap<>();

        RecordSchemas.carried(api, ref("Order"), JSON.readTree("{\"id\": \"o1\", \"note\": null, \"client\": {\"name\": \"K\"},"
            + " \"items\": [{\"sku\": \"v\", \"size\": 1}, {\"sku\": \"w\"}]}"), carried);
        RecordSchemas.carried(api, ref("Order"), JSON.readTree("{\"id\": \"o2\", \"note\": \"n\", \"client\": null, \"items\": []}"),
            carried);
        List<String> leftOut = new ArrayList<>();
        RecordSchemas.answer(api, ref("Order"), JSON.readTree("{\"note\": null, \"client\": {}}"), "GET /x", leftOut);

        assertThat(carried).containsOnlyKeys("Order", "Client", "Item");
        assertThat(RecordSchemas.unrequired(api, carried)).containsExactlyInAnyOrder(
            "Order.note: every answer carries it, not in required", "Order.client: every answer carries it, not in required",
            "Order.items: every answer carries it, not in required", "Item.sku: every answer carries it, not in required");
        assertThat(leftOut).containsExactlyInAnyOrder("GET /x.id: required, left out", "GET /x.client.name: required, left out");
    }
}

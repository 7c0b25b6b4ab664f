package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The API writes a character outside Unicode's first plane (an emoji, a rare CJK character) as itself in UTF-8, as it
 * writes every other: Jackson by default wrote it as an escaped surrogate pair ({@code \uD83D\uDE80}), valid JSON that a
 * person reading the answer, or a log of it, could not read.
 */
class WholeCharactersTest extends ServerTest {

    /** A rocket (U+1F680) and 𠮷 (U+20BB7, a variant of 吉 in Japanese family names), both outside the first plane. */
    static final String COMPANY = "Rocket \uD83D\uDE80 \uD842\uDFB7野 Trading";

    @Test
    void shouldWriteACharacterOutsideTheFirstPlaneAsItself() throws Exception {
        Answer started = postJson("/api/inquiries", "shop", "{\"client\": {\"company\": \"" + COMPANY + "\", \"contactName\": \"Yoshino Aiko\","
            + " \"email\": \"rocket@whole.example\", \"country\": \"JP\"}, \"inquiry\": {\"product\": \"Valves\", \"quantity\": 5}}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = new ObjectMapper().readTree(started.body()).path("id").asText();

        Answer read = get("/api/inquiries/" + id, "shop");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains(COMPANY).doesNotContain("\\uD83D").doesNotContain("\\uD842");
        assertThat(new ObjectMapper().readTree(read.body()).findValuesAsText("company")).contains(COMPANY);
    }
}

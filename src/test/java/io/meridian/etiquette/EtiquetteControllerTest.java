package io.meridian.etiquette;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import io.meridian.testsupport.MeridianTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@MeridianTest
class EtiquetteControllerTest {

    private static final String SAM = "Basic " + Base64.getEncoder().encodeToString("sam:demo".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, SAM).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void decidesTheEtiquetteOfAJapaneseKeyAccount() throws Exception {
        postJson("/api/decisions/etiquette", "{\"country\": \"JP\", \"at\": \"2027-03-01T10:00:00Z\", \"tier\": \"A\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.country").value("JP"))
            .andExpect(jsonPath("$.region").value("EAST_ASIA"))
            .andExpect(jsonPath("$.directness").value("INDIRECT"))
            .andExpect(jsonPath("$.context").value("HIGH"))
            .andExpect(jsonPath("$.hierarchy").value("HIERARCHICAL"))
            .andExpect(jsonPath("$.honorifics").value(true))
            .andExpect(jsonPath("$.confirmationChannel").value("EMAIL"))
            .andExpect(jsonPath("$.timeZone").value("Asia/Tokyo"))
            .andExpect(jsonPath("$.businessHours.start").value("09:00"))
            .andExpect(jsonPath("$.workWeek", hasSize(5)))
            .andExpect(jsonPath("$.fallback").value(false))
            .andExpect(jsonPath("$.firedRules[*].sheet", hasItem("Countries")))
            .andExpect(jsonPath("$.firedRules[0].table").value("etiquette"))
            .andExpect(jsonPath("$.rulesVersion").isNotEmpty());
    }

    @Test
    void defaultsToNowAndTierBAndReportsRamadanForSaudiArabia() throws Exception {
        postJson("/api/decisions/etiquette", "{\"country\": \"sa\", \"at\": \"2027-02-20T09:00:00+03:00\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.tier").value("B"))
            .andExpect(jsonPath("$.workWeek[0]").value("SUNDAY"))
            .andExpect(jsonPath("$.observances[0].name").value("Ramadan"))
            .andExpect(jsonPath("$.observances[0].effect").value("NO_PUSH"))
            .andExpect(jsonPath("$.observances[0].from").value("2027-02-08"));
        postJson("/api/decisions/etiquette", "{\"country\": \"DE\"}").andExpect(status().isOk());
    }

    @Test
    void aCountryWithoutItsOwnRowFallsBackToItsRegion() throws Exception {
        postJson("/api/decisions/etiquette", "{\"country\": \"UY\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.fallback").value(true))
            .andExpect(jsonPath("$.region").value("LATIN_AMERICA"));
    }

    @Test
    void contactWindowForALosAngelesClientOfTheShanghaiTeam() throws Exception {
        postJson("/api/decisions/contact-window",
            "{\"country\": \"US\", \"timeZone\": \"America/Los_Angeles\", \"from\": \"2027-01-12T00:00:00Z\", \"count\": 2}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(2)))
            .andExpect(jsonPath("$[0].start").value("2027-01-12T00:00:00Z"))
            .andExpect(jsonPath("$[0].end").value("2027-01-12T02:00:00Z"))
            .andExpect(jsonPath("$[0].teamLocalStart").value("2027-01-12T08:00:00"))
            .andExpect(jsonPath("$[0].teamLocalEnd").value("2027-01-12T10:00:00"))
            .andExpect(jsonPath("$[0].clientLocalStart").value("2027-01-11T16:00:00"))
            .andExpect(jsonPath("$[0].clientLocalEnd").value("2027-01-11T18:00:00"))
            .andExpect(jsonPath("$[*].teamLocalStart", everyItem(not(containsString("T20:00")))))
            .andExpect(jsonPath("$[0].kind").value("CALL"))
            .andExpect(jsonPath("$[0].stretch").value(false));
    }

    @Test
    void aNewYorkClientInWinterHasStretchedCallWindowsAndSendWindowsInNewYorkHours() throws Exception {
        postJson("/api/decisions/contact-window", "{\"country\": \"US\", \"from\": \"2027-01-12T00:00:00Z\", \"count\": 2}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(2)))
            .andExpect(jsonPath("$[*].kind", everyItem(org.hamcrest.Matchers.is("CALL"))))
            .andExpect(jsonPath("$[*].stretch", everyItem(org.hamcrest.Matchers.is(true))));
        postJson("/api/decisions/contact-window",
            "{\"country\": \"US\", \"from\": \"2027-01-12T00:00:00Z\", \"count\": 2, \"kind\": \"SEND\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].kind").value("SEND"))
            .andExpect(jsonPath("$[0].stretch").value(false))
            .andExpect(jsonPath("$[0].clientLocalStart").value("2027-01-12T09:00:00"))
            .andExpect(jsonPath("$[0].clientLocalEnd").value("2027-01-12T18:00:00"));
    }

    @Test
    void theEtiquetteAnswerKeepsItsPlanningCalendarToItself() throws Exception {
        postJson("/api/decisions/etiquette", "{\"country\": \"SA\", \"at\": \"2027-02-15T10:00:00Z\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.observances[0].effect").value("NO_PUSH"))
            .andExpect(jsonPath("$.upcoming").doesNotExist())
            .andExpect(jsonPath("$.extraWorkingDays").doesNotExist())
            .andExpect(jsonPath("$.knownUntil").doesNotExist());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        missing country         | /api/decisions/etiquette      | {"at": "2027-03-01T10:00:00Z"}                  | country
        blank country           | /api/decisions/etiquette      | {"country": ""}                                  | country
        unknown country         | /api/decisions/etiquette      | {"country": "XX"}                                | country
        three-letter country    | /api/decisions/etiquette      | {"country": "JPN"}                               | country
        malformed date          | /api/decisions/etiquette      | {"country": "JP", "at": "2027-13-01"}            | at
        date without offset     | /api/decisions/etiquette      | {"country": "JP", "at": "2027-03-01T10:00:00"}   | at
        date out of range       | /api/decisions/etiquette      | {"country": "JP", "at": "9999-03-01T10:00:00Z"}  | at
        unknown tier            | /api/decisions/etiquette      | {"country": "JP", "tier": "D"}                   | tier
        country of wrong type   | /api/decisions/etiquette      | {"country": ["JP"]}                              | country
        unknown field           | /api/decisions/etiquette      | {"country": "JP", "contry": "JP"}                | contry
        malformed JSON          | /api/decisions/etiquette      | {"country": "JP"                                 | body
        not JSON at all         | /api/decisions/etiquette      | country=JP                                       | body
        window missing country  | /api/decisions/contact-window | {"timeZone": "America/Los_Angeles"}              | country
        window unknown zone     | /api/decisions/contact-window | {"country": "US", "timeZone": "Mars/Olympus"}    | timeZone
        window malformed from   | /api/decisions/contact-window | {"country": "US", "from": "tomorrow"}            | from
        window count too large  | /api/decisions/contact-window | {"country": "US", "count": 1000}                 | count
        window count not number | /api/decisions/contact-window | {"country": "US", "count": "five"}               | count
        window malformed JSON   | /api/decisions/contact-window | [                                                | body
        window unknown kind     | /api/decisions/contact-window | {"country": "US", "kind": "EMAIL"}              | kind
        """)
    void badInputIsA400ProblemNamingTheField(String name, String path, String body, String field) throws Exception {
        postJson(path, body)
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(400))
            .andExpect(jsonPath("$.detail").isNotEmpty())
            .andExpect(jsonPath("$.errors[0].field").value(field))
            .andExpect(jsonPath("$.trace").doesNotExist());
    }

    /**
     * A decision asked for a moment more than two years from now is refused naming the field and the moments it takes,
     * where the contact windows of 1900 answered in that year's local mean time ("teamLocalStart": "1900-01-12T08:05:43").
     */
    @Test
    void aDecisionMomentMoreThanTwoYearsAwayIsA400NamingTheRange() throws Exception {
        Instant now = Instant.now();
        postJson("/api/decisions/contact-window", "{\"country\": \"US\", \"timeZone\": \"America/Los_Angeles\", \"from\": \"1900-01-12T00:00:00Z\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("from"))
            .andExpect(jsonPath("$.errors[0].message", containsString("from 1900-01-12T00:00:00Z is more than 2 years back (now is ")))
            .andExpect(jsonPath("$.errors[0].message", containsString("): give a moment from " + now.atOffset(ZoneOffset.UTC).minusYears(2).toLocalDate())))
            .andExpect(jsonPath("$.errors[0].message", containsString(" to " + now.atOffset(ZoneOffset.UTC).plusYears(2).toLocalDate())));
        String later = now.plus(Duration.ofDays(3 * 366)).truncatedTo(ChronoUnit.SECONDS).toString();
        postJson("/api/decisions/etiquette", "{\"country\": \"JP\", \"at\": \"" + later + "\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("at"))
            .andExpect(jsonPath("$.errors[0].message", containsString("at " + later + " is more than 2 years ahead")));
        // a review of last year's windows and next year's planning stay open
        String lastYear = now.minus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS).toString();
        postJson("/api/decisions/contact-window", "{\"country\": \"US\", \"from\": \"" + lastYear + "\", \"count\": 1}")
            .andExpect(status().isOk());
        String nextYear = now.plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS).toString();
        postJson("/api/decisions/etiquette", "{\"country\": \"JP\", \"at\": \"" + nextYear + "\"}")
            .andExpect(status().isOk());
    }

    @Test
    void anEmptyBodyIsA400() throws Exception {
        mvc.perform(post("/api/decisions/etiquette").header(HttpHeaders.AUTHORIZATION, SAM).contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void aBodyThatIsNotJsonIsA415() throws Exception {
        mvc.perform(post("/api/decisions/etiquette").header(HttpHeaders.AUTHORIZATION, SAM)
                .contentType(MediaType.TEXT_PLAIN).content("JP"))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** Uses shop, whom no other test here needs: Camunda delays a user's next login after a wrong password. */
    @Test
    void anonymousAndWrongPasswordAreRefused() throws Exception {
        mvc.perform(post("/api/decisions/etiquette").contentType(MediaType.APPLICATION_JSON).content("{\"country\": \"JP\"}"))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String wrong = "Basic " + Base64.getEncoder().encodeToString("shop:wrong".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/decisions/etiquette").header(HttpHeaders.AUTHORIZATION, wrong)
                .contentType(MediaType.APPLICATION_JSON).content("{\"country\": \"JP\"}"))
            .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/decisions/etiquette").header(HttpHeaders.AUTHORIZATION, "Basic !!!not-base64")
                .contentType(MediaType.APPLICATION_JSON).content("{\"country\": \"JP\"}"))
            .andExpect(status().isUnauthorized());
    }
}

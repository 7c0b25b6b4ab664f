package io.meridian.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

@RunsBeside
class NearestTest {

    private static final List<String> GROUPS = List.of("analysts", "managers", "order-desk", "sales", "sales-apac", "support");

    @Test
    void aNameOneOrTwoLettersOffFindsTheNameMeant() {
        assertThat(Nearest.to("manager", GROUPS)).contains("managers");
        assertThat(Nearest.to("Managers", GROUPS)).as("case aside it is the same name, written another way").contains("managers");
        assertThat(Nearest.to("oder-desk", GROUPS)).contains("order-desk");
        assertThat(Nearest.to("teir", List.of("tier", "at", "country"))).contains("tier");
        assertThat(Nearest.to("sendExceptionNotise", List.of("sendExceptionNotice", "replyToInquiry"))).contains("sendExceptionNotice");
        assertThat(Nearest.to("sales-apc", GROUPS)).as("the nearer of two near names").contains("sales-apac");
    }

    @Test
    void aNameFarFromEveryKnownOneFindsNone() {
        assertThat(Nearest.to("directors", GROUPS)).isEmpty();
        assertThat(Nearest.to("sale", List.of("support"))).isEmpty();
        assertThat(Nearest.to("managers", GROUPS)).as("a known name is not its own suggestion").isEmpty();
        assertThat(Nearest.to("x", List.of())).isEmpty();
    }

    @Test
    void theDistanceCountsInsertionsRemovalsAndReplacementsAndStopsAtItsLimit() {
        assertThat(Nearest.distance("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(Nearest.distance("", "abc", 10)).isEqualTo(3);
        assertThat(Nearest.distance("same", "same", 10)).isZero();
        assertThat(Nearest.distance("abcdefgh", "zzzzzzzz", 3)).isEqualTo(3);
        assertThat(Nearest.distance("teir", "tier", 10)).as("two neighbours swapped: one edit").isEqualTo(1);
        assertThat(Nearest.distance("ca", "abc", 10)).isEqualTo(3);
    }
}

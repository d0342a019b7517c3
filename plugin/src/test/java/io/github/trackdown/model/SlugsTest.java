package io.github.trackdown.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void namesThatGiveTheSameSlugGetDistinctOnesInTheirOrder() {
        assertEquals(Map.of("HM Treasury", "hm-treasury", "HM-Treasury", "hm-treasury-2", "HM  Treasury",
                "hm-treasury-3", "Home Office", "home-office"),
                Slugs.distinct(List.of("HM Treasury", "HM-Treasury", "HM  Treasury", "Home Office")));
    }

    @Test
    void theDistinctSlugsKeepTheNamesOrder() {
        assertEquals(List.of("b", "a"), List.copyOf(Slugs.distinct(List.of("b", "a")).keySet()));
    }
}

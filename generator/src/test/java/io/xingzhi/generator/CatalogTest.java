package io.xingzhi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.supervision.KeywordGroup;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The vocabulary matches exactly the LAW.md keyword groups it is meant to (and neutral text none). */
class CatalogTest {
    private static Set<String> groupsMatching(String text) {
        Set<String> out = new TreeSet<>();
        for (KeywordGroup g : KeywordGroup.defaults()) {
            if (g.keywords().stream().anyMatch(text::contains)) {
                out.add(g.name());
            }
        }
        return out;
    }

    @Test
    void everyVenueMatchesOnlyItsOwnGroup() {
        for (Catalog.Venue v : Catalog.VENUES) {
            Set<String> groups = groupsMatching(v.venueType() + "|" + v.venueName() + "|" + v.description());
            assertThat(groups).as(v.venueName()).isEqualTo(v.neutral() ? Set.of() : Set.of(v.group()));
        }
    }

    @Test
    void everyBusinessScopeMatchesOnlyItsOwnGroup() {
        for (Catalog.Scope s : Catalog.SCOPES) {
            assertThat(groupsMatching(s.text())).as(s.text()).isEqualTo(s.group().isEmpty() ? Set.of() : Set.of(s.group()));
        }
    }

    @Test
    void everyOrderTextSelectsExactlyItsGroup() {
        for (String group : Catalog.ORDER_GROUPS) {
            for (String text : List.of(Catalog.orderText(group), Catalog.orderClause(group))) {
                List<String> selected = KeywordGroup.defaults().stream().filter(g -> g.selectedBy(text))
                        .map(KeywordGroup::name).toList();
                assertThat(selected).as(text).containsExactly(group);
            }
        }
    }

    @Test
    void traditionalCharactersPairWithSimplifiedOnes() {
        assertThat(Catalog.TRADITIONAL).hasSameSizeAs(Catalog.SIMPLIFIED);
        assertThat(Catalog.TRADITIONAL.charAt(Catalog.SIMPLIFIED.indexOf('张'))).isEqualTo('張');
    }

    @Test
    void creditCodesCarryTheGb32100CheckCharacter() {
        assertThat(Catalog.creditCheck("91350100M000100Y4")).isEqualTo('3');
        assertThat(Catalog.creditCheck("91310000775785552")).isEqualTo('L');
        String code = Planter.creditCode(new java.util.SplittableRandom(1));
        assertThat(code).hasSize(18);
        assertThat(Catalog.creditCheck(code)).isEqualTo(code.charAt(17));
    }
}

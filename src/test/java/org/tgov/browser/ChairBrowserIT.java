package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tgov.browser.pages.BodyPage;
import org.tgov.browser.pages.HomePage.BodyMembership;
import org.tgov.browser.pages.HomePage;

/** The SRO, who chairs the Operational Improvement Board, finds her board from the home page. */
class ChairBrowserIT extends BrowserTestBase {

    private static final String BOARD = "Operational Improvement Board";

    @Test
    void theSroSeesTheBoardSheChairsAndItsMembers() {
        HomePage home = signInAs("sro");

        assertThat(home.bodies()).contains(new BodyMembership(BOARD, true),
                new BodyMembership("DfE Improvement Board", false));

        BodyPage board = home.openBody(BOARD);

        assertThat(board.name()).isEqualTo(BOARD);
        assertThat(board.chair()).contains("Dana Price");
        assertThat(board.members()).containsExactlyInAnyOrder("Dana Price (chair)", "Sam Taylor", "Priya Shah");
    }
}

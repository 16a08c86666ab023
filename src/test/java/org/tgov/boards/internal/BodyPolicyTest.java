package org.tgov.boards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import org.junit.jupiter.api.Test;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;

class BodyPolicyTest {

    @Test
    void aBodyHasANameATypeAndACadence() {
        assertThat(codes(BodyPolicy.isComplete(new BodyDetails("Resources Board", BodyType.RESOURCES_BOARD, null, null,
                Cadence.MONTHLY, null)))).isEmpty();
        assertThat(codes(BodyPolicy.isComplete(new BodyDetails(" ", null, null, null, null, null))))
                .containsExactly("body.name.required", "body.type.required", "body.cadence.required");
    }

    @Test
    void oneBodyAtMostDecidesChangeRequests() {
        assertThat(codes(BodyPolicy.oneBodyDecidesChangeRequests(true, "Cabinet"))).containsExactly("body.decides.another");
        assertThat(codes(BodyPolicy.oneBodyDecidesChangeRequests(true, null))).isEmpty();
        assertThat(codes(BodyPolicy.oneBodyDecidesChangeRequests(false, "Cabinet"))).isEmpty();
    }

    @Test
    void aPersonChairsOneBodyAtMost() {
        assertThat(codes(BodyPolicy.onePersonChairsOneBody("Resources Board"))).containsExactly("body.chair.chairsAnother");
        assertThat(codes(BodyPolicy.onePersonChairsOneBody(null))).isEmpty();
    }

    @Test
    void namesAndPeopleBelongToTheOrganisation() {
        assertThat(codes(BodyPolicy.nameIsFree("Cabinet", true))).containsExactly("body.name.taken");
        assertThat(codes(BodyPolicy.peopleOfThisOrganisation(false, "memberIds"))).containsExactly("body.people.otherOrganisation");
        assertThat(codes(BodyPolicy.peopleOfThisOrganisation(true, "memberIds"))).isEmpty();
    }
}

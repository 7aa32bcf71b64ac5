package org.meldcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meldcode.engine.MeldcodeEngine;
import org.meldcode.model.Case;
import org.meldcode.model.ProtocolRef;
import org.meldcode.protocol.Protocol;

/** Preloading builds a protocol's knowledge base at start-up, once; later calls do not build it again. */
class PreloadTest {

    @Test
    void a_preloaded_protocol_is_not_built_again_by_the_calls_that_follow() {
        // GIVEN the national protocol, preloaded
        MeldcodeRules.preload(ProtocolRef.LANDELIJK_2019);
        assertThat(RuleBases.buildsOf(ProtocolRef.LANDELIJK_2019)).isEqualTo(1);

        // WHEN an engine guides a case under it, and the protocol is preloaded again
        MeldcodeEngine engine = MeldcodeRules.engine();
        engine.guide(Case.open("case-pre-1", "pupil-pre-1", ProtocolRef.LANDELIJK_2019));
        MeldcodeRules.preload(ProtocolRef.LANDELIJK_2019);

        // THEN its knowledge base was built exactly once
        assertThat(RuleBases.buildsOf(ProtocolRef.LANDELIJK_2019)).isEqualTo(1);
    }

    @Test
    void preloading_without_arguments_builds_every_known_protocol() {
        // WHEN the host preloads without naming a protocol
        MeldcodeRules.preload();

        // THEN every protocol the library knows has its knowledge base, built once
        for (ProtocolRef ref : Protocol.known()) {
            assertThat(RuleBases.buildsOf(ref)).as(ref.toString()).isEqualTo(1);
        }
    }

    @Test
    void preloading_an_unknown_protocol_is_refused_with_its_name() {
        // GIVEN a protocol the library does not know
        ProtocolRef unknown = new ProtocolRef("elsewhere", "2030-01");

        // WHEN it is preloaded THEN the call fails, naming it, and nothing is built for it
        assertThatThrownBy(() -> MeldcodeRules.preload(unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("elsewhere");
        assertThat(RuleBases.buildsOf(unknown)).isZero();
    }
}

package org.daxkit.stubs.record;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.daxkit.stubs.StubInputs;

/**
 * Where a stub sits in a WireMock scenario: the state it requires, the state it moves to (null: stays),
 * and its priority (null: WireMock's default 5).
 */
record ScenarioStep(String scenarioName, String requiredState, String newState, Integer priority) {
    static final String STARTED = Scenario.STARTED;
    /** Beats the default priority: a stub of a scenario in a later state shadows the steady-state stub. */
    static final int OVERRIDING_PRIORITY = 1;

    /** A step of the scenario {@code dax-stubs/<shortName>} that requires {@code state}. */
    static ScenarioStep in(String shortName, String state) {
        return new ScenarioStep(StubInputs.SCENARIO_PREFIX + shortName, state, null, null);
    }

    ScenarioStep to(String state) {
        return new ScenarioStep(scenarioName, requiredState, state, priority);
    }

    ScenarioStep overriding() {
        return new ScenarioStep(scenarioName, requiredState, newState, OVERRIDING_PRIORITY);
    }
}

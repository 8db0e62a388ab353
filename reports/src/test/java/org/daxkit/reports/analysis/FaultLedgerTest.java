package org.daxkit.reports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daxkit.reports.Samples;
import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.Outcome;
import org.junit.jupiter.api.Test;

class FaultLedgerTest {

    @Test
    void eachListedFaultGetsTheCategoryItsCheckShows() {
        Map<String, FaultLedger.Entry> ledger = byFault(FaultLedger.of(Samples.results()));

        assertThat(ledger.keySet()).containsExactlyElementsOf(FaultLedger.REBOOT_NODE_FAULTS);
        assertThat(ledger.get("ClusterNotFoundFault").status()).isEqualTo(FaultStatus.CORRECT);
        assertThat(ledger.get("NodeNotFoundFault").status()).isEqualTo(FaultStatus.WRONG_CODE);
        assertThat(ledger.get("NodeNotFoundFault").observed()).isEqualTo("InvalidParameterValueException, HTTP 400");
        assertThat(ledger.get("InvalidClusterStateFault").status()).isEqualTo(FaultStatus.WRONG_STATUS);
        assertThat(ledger.get("ServiceLinkedRoleNotFoundFault").status()).isEqualTo(FaultStatus.NOT_VERIFIABLE);
        assertThat(ledger.get("InvalidParameterValueException").status()).isEqualTo(FaultStatus.WRONG_CODE);
        assertThat(ledger.get("InvalidParameterValueException").excused()).isTrue();
        assertThat(ledger.get("InvalidParameterCombinationException").status()).isEqualTo(FaultStatus.NOT_IMPLEMENTED);
    }

    @Test
    void theWorstCheckDecidesAndFaultsNoCheckSetsAreNotChecked() {
        var passed = Samples.faultCheck("nn.1", "RN-3.2", Level.MUST, Outcome.PASSED, null,
                new FaultObservation("NodeNotFoundFault", "NodeNotFoundFault", 400), null);
        var wrong = Samples.faultCheck("nn.2", "RN-3.2", Level.MUST, Outcome.FAILED, "no",
                new FaultObservation("NodeNotFoundFault", null, 200), null);
        var other = Samples.faultCheck("x", "RN-7", Level.MUST, Outcome.PASSED, null,
                new FaultObservation("SubnetGroupNotFoundFault", "SubnetGroupNotFoundFault", 400), null);

        Map<String, FaultLedger.Entry> ledger = byFault(FaultLedger.of(Samples.results("t", List.of(passed, wrong, other))));

        assertThat(ledger.get("NodeNotFoundFault").status()).isEqualTo(FaultStatus.WRONG_CODE);
        assertThat(ledger.get("NodeNotFoundFault").decisive()).isSameAs(wrong);
        assertThat(ledger.get("NodeNotFoundFault").observed()).isEqualTo("success, HTTP 200");
        assertThat(ledger.get("NodeNotFoundFault").checks()).containsExactly(passed, wrong);
        assertThat(ledger.get("ClusterNotFoundFault").status()).isEqualTo(FaultStatus.NOT_CHECKED);
        assertThat(ledger.get("ClusterNotFoundFault").checks()).isEmpty();
        assertThat(ledger.keySet()).endsWith("SubnetGroupNotFoundFault").hasSize(7);
    }

    private static Map<String, FaultLedger.Entry> byFault(List<FaultLedger.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(FaultLedger.Entry::fault, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}

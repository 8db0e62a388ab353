package org.daxkit.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.faults.ListedFault;
import org.junit.jupiter.api.Test;

class AllChecksTest {

    @Test
    void everyFaultCheckNamesTheListedFaultItIsAbout() {
        var codes = Arrays.stream(ListedFault.values()).map(ListedFault::code).toList();

        assertThat(AllChecks.list()).filteredOn(c -> c.id().startsWith("fault."))
                .hasSize(14)
                .allSatisfy(c -> assertThat(c.expectedFault()).as(c.id()).isIn(codes));
        assertThat(AllChecks.list()).filteredOn(c -> !c.id().startsWith("fault."))
                .extracting(Check::expectedFault).containsOnlyNulls();
        assertThat(AllChecks.list()).extracting(Check::expectedFault).containsAll(codes);
    }
}

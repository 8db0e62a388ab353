package org.daxkit.conformance.shape;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Locale;
import org.daxkit.conformance.catalog.ClauseCatalog;
import org.junit.jupiter.api.Test;

class DocumentedValuesTest {

    @Test
    void everyDocumentedValueIsLowercaseAndEveryListNamesItsSource() throws Exception {
        try (InputStream in = ClauseCatalog.class.getResourceAsStream(ClauseCatalog.RESOURCE)) {
            JsonNode lists = new ObjectMapper().readTree(in).path("documentedValues");
            assertThat(lists).hasSizeGreaterThanOrEqualTo(5);
            for (JsonNode list : lists) {
                assertThat(list.path("source").asText()).as(list.path("member").asText()).isNotBlank();
                list.path("values").forEach(v -> assertThat(v.asText()).isEqualTo(v.asText().toLowerCase(Locale.ROOT)));
            }
        }
    }

    @Test
    void statusesAreTheDocumentedOnesAndOtherMembersAreFreeText() {
        assertThat(DocumentedValues.of("Node", "NodeStatus")).contains("available", "rebooting").doesNotContain("REBOOTING");
        assertThat(DocumentedValues.of("Cluster", "Status")).containsExactlyInAnyOrder("creating", "available",
                "modifying", "deleting");
        assertThat(DocumentedValues.of("Cluster", "ClusterName")).isNull();
    }
}

package org.daxkit.conformance.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.daxkit.conformance.config.ConfigException;
import org.daxkit.conformance.config.ConformanceConfig;
import org.junit.jupiter.api.Test;

class RecordConfigTest {

    @Test
    void recordAndMaskComeFromFlagsPropertiesAndEnvironment() {
        ConformanceConfig flags = ConformanceConfig.parse(new String[] {"--record", "rec", "--mask-account-ids"},
                Map.of(), new Properties());
        assertThat(flags.record()).isEqualTo(Path.of("rec"));
        assertThat(flags.maskAccountIds()).isTrue();

        Properties props = new Properties();
        props.setProperty("dax.conformance.record", "from-property");
        ConformanceConfig fromProperty = ConformanceConfig.parse(new String[0],
                Map.of("DAX_CONFORMANCE_RECORD", "from-env", "DAX_CONFORMANCE_MASK_ACCOUNT_IDS", "true"), props);
        assertThat(fromProperty.record()).isEqualTo(Path.of("from-property"));
        assertThat(fromProperty.maskAccountIds()).isTrue();

        assertThat(ConformanceConfig.parse(new String[0], Map.of(), new Properties()).record()).isNull();
    }

    @Test
    void maskingWithoutARecordIsAUsageError() {
        assertThatThrownBy(() -> ConformanceConfig.parse(new String[] {"--mask-account-ids"}, Map.of(),
                new Properties())).isInstanceOf(ConfigException.class).hasMessageContaining("--mask-account-ids")
                .hasMessageContaining("--record");
    }
}

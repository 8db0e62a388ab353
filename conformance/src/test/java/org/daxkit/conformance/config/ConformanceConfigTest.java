package org.daxkit.conformance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConformanceConfigTest {
    private static final Map<String, String> NO_ENV = Map.of();

    private static ConformanceConfig parse(Map<String, String> env, Properties props, String... args) {
        return ConformanceConfig.parse(args, env, props);
    }

    @Test
    void defaultsMeanTheEmbeddedReference() {
        ConformanceConfig c = parse(NO_ENV, new Properties());

        assertThat(c.embedded()).isTrue();
        assertThat(c.reportDir()).isEqualTo(Path.of("conformance-report"));
        assertThat(c.tries()).isEqualTo(ConformanceConfig.DEFAULT_TRIES);
        assertThat(c.capabilities()).isNull();
        assertThat(c.region()).as("resolved at launch: AWS_REGION, the profile, else us-east-1").isNull();
        assertThat(c.accessKeyId()).as("placeholder keys only when no credentials are found").isNull();
        assertThat(c.maxNodes()).isEqualTo(40);
        assertThat(c.aws().realAws()).isFalse();
    }

    @Test
    void awsFlagsAreParsedAndCheckedTogether() {
        ConformanceConfig c = parse(NO_ENV, new Properties(), "--aws", "--region", "eu-west-1", "--iam-role-arn",
                "arn:aws:iam::111122223333:role/R", "--security-group-ids", "sg-1,sg-2", "--node-type", "dax.t3.medium",
                "--profile", "p", "--confirm-costs", "--max-nodes", "12");

        assertThat(c.embedded()).isFalse();
        assertThat(c.aws().realAws()).isTrue();
        assertThat(c.aws().securityGroupIds()).containsExactly("sg-1", "sg-2");
        assertThat(c.aws().nodeType()).isEqualTo("dax.t3.medium");
        assertThat(c.aws().profile()).isEqualTo("p");
        assertThat(c.aws().confirmCosts()).isTrue();
        assertThat(c.maxNodes()).isEqualTo(12);
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--access-key-id", "AKID"))
                .hasMessageContaining("--access-key-id and --secret-access-key go together");
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--max-nodes", "3"))
                .hasMessageContaining("--max-nodes must be at least 4");
    }

    @Test
    void flagsBeatSystemPropertiesWhichBeatEnvironment() {
        Properties props = new Properties();
        props.setProperty("dax.conformance.endpointUrl", "http://127.0.0.1:2");
        props.setProperty("dax.conformance.tries", "7");
        Map<String, String> env = Map.of("DAX_CONFORMANCE_ENDPOINT_URL", "http://127.0.0.1:1",
                "DAX_CONFORMANCE_TRIES", "5", "DAX_CONFORMANCE_REGION", "eu-west-1");

        ConformanceConfig c = parse(env, props, "--endpoint-url", "http://127.0.0.1:3/");

        assertThat(c.endpointUrl()).isEqualTo(URI.create("http://127.0.0.1:3"));
        assertThat(c.tries()).isEqualTo(7);
        assertThat(c.region()).isEqualTo("eu-west-1");
    }

    @Test
    void theSdkStandardEndpointVariableIsTheWeakestSource() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL_DAX", "http://127.0.0.1:9");
        assertThat(parse(env, new Properties()).endpointUrl()).isEqualTo(URI.create("http://127.0.0.1:9"));

        Map<String, String> both = Map.of("AWS_ENDPOINT_URL_DAX", "http://127.0.0.1:9",
                "DAX_CONFORMANCE_ENDPOINT_URL", "http://127.0.0.1:8");
        assertThat(parse(both, new Properties()).endpointUrl()).isEqualTo(URI.create("http://127.0.0.1:8"));
    }

    @Test
    void everyFlagParses() {
        ConformanceConfig c = parse(NO_ENV, new Properties(), "--endpoint-url=http://localhost:8700",
                "--report-dir", "out", "--deviations", "dev.json", "--seed", "-12", "--tries", "3", "--shrinks", "0",
                "--region", "eu-central-1", "--target-name", "moto", "--cluster", "c1", "--node", "c1-a",
                "--capabilities", "create-clusters,FAULT_INJECTION", "--reboot-timeout", "90s",
                "--create-timeout", "PT20M", "--checks", "fault.,RN-4.1");

        assertThat(c.reportDir()).isEqualTo(Path.of("out"));
        assertThat(c.deviations()).isEqualTo(Path.of("dev.json"));
        assertThat(c.seed()).isEqualTo(-12L);
        assertThat(c.shrinks()).isZero();
        assertThat(c.targetName()).isEqualTo("moto");
        assertThat(c.cluster()).isEqualTo("c1");
        assertThat(c.node()).isEqualTo("c1-a");
        assertThat(c.capabilities()).containsExactlyInAnyOrder(Capability.CREATE_CLUSTERS, Capability.FAULT_INJECTION);
        assertThat(c.rebootTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.createTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(c.checks()).containsExactly("fault.", "RN-4.1");
    }

    @Test
    void capabilitiesNoneIsAnEmptySetNotAbsent() {
        assertThat(parse(NO_ENV, new Properties(), "--capabilities", "none").capabilities()).isEmpty();
    }

    @Test
    void badValuesNameTheKeyAndTheValue() {
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--tries", "many"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--tries='many'");
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--tries", "0"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--tries='0'");
        assertThatThrownBy(() -> parse(Map.of("DAX_CONFORMANCE_SEED", "x1"), new Properties()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DAX_CONFORMANCE_SEED='x1'");
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--endpoint-url", "ftp://host"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--endpoint-url='ftp://host'");
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--capabilities", "teleport"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("teleport");
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--reboot-timeout", "soon"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--reboot-timeout='soon'");
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--region", "moon"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--region='moon'");
    }

    @Test
    void unknownFlagsMissingValuesAndHalfAClusterAreUsageErrors() {
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--frobnicate"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--frobnicate");
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--seed"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--seed needs a value");
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--cluster", "c1"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--cluster and --node go together");
    }

    @Test
    void keySpellingsFollowOnePrefix() {
        assertThat(ConfigKey.ENDPOINT_URL.property()).isEqualTo("dax.conformance.endpointUrl");
        assertThat(ConfigKey.ENDPOINT_URL.environmentVariable()).isEqualTo("DAX_CONFORMANCE_ENDPOINT_URL");
        assertThat(ConfigKey.ENDPOINT_URL.flag()).isEqualTo("--endpoint-url");
        assertThat(ConfigKey.SECRET_ACCESS_KEY.environmentVariable()).isEqualTo("DAX_CONFORMANCE_SECRET_ACCESS_KEY");
    }

    @Test
    void fixedInputsAreOffUnlessAskedForAndNeedAnExistingCluster() {
        assertThat(parse(NO_ENV, new Properties()).fixedInputs()).isNull();

        ConformanceConfig c = parse(NO_ENV, new Properties(), "--fixed-inputs", "--cluster", "c", "--node", "c-a",
                "--unknown-cluster", "gone", "--malformed-node-id", "a_b");

        assertThat(c.fixedInputs()).isEqualTo(new FixedInputs("gone", null, null, "a_b"));
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--unknown-node", "z"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--fixed-inputs");
        assertThatThrownBy(() -> parse(NO_ENV, new Properties(), "--fixed-inputs"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--cluster");
    }
}

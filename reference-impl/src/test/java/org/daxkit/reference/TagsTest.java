package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultCase.fault;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.daxkit.reference.support.FaultCase;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.InvalidArnException;
import software.amazon.awssdk.services.dax.model.InvalidClusterStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.Tag;
import software.amazon.awssdk.services.dax.model.TagNotFoundException;
import software.amazon.awssdk.services.dax.model.TagQuotaPerResourceExceededException;

/** TagResource, UntagResource, ListTags on cluster ARNs. */
class TagsTest {
    private static final String ARN = "arn:aws:dax:us-east-1:123456789012:cache/tagged";
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void tagUntagList() {
        t.dax.createCluster(b -> b.clusterName("tagged").nodeType("dax.r5.large").replicationFactor(1)
                .iamRoleArn(TestServer.ROLE).tags(Tag.builder().key("team").value("a").build()));

        assertThat(t.dax.tagResource(b -> b.resourceName(ARN).tags(Tag.builder().key("env").value("test").build(),
                Tag.builder().key("team").value("b").build())).tags())
                .extracting(Tag::key, Tag::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("team", "b"), org.assertj.core.groups.Tuple.tuple("env", "test"));
        assertThat(t.dax.untagResource(b -> b.resourceName(ARN).tagKeys("team")).tags()).extracting(Tag::key)
                .containsExactly("env");
        assertThat(t.dax.listTags(b -> b.resourceName(ARN)).tags()).extracting(Tag::key).containsExactly("env");
    }

    /** One case per fault, each against a fresh server with the available cluster 'tagged'. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faultCases")
    void faults(FaultCase fault) {
        t.availableCluster("tagged", 1);
        fault.assertAnsweredBy(t);
    }

    static Stream<FaultCase> faultCases() {
        Tag[] many = IntStream.range(0, 51).mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toArray(Tag[]::new);
        return Stream.of(
                fault("ListTags of 'tagged' (not an ARN)", t -> t.dax.listTags(b -> b.resourceName("tagged")),
                        InvalidArnException.class, "InvalidARNFault"),
                fault("ListTags of an unknown cluster", t -> t.dax.listTags(b -> b.resourceName(ARN + "x")),
                        ClusterNotFoundException.class, "ClusterNotFoundFault"),
                fault("ListTags of a cluster in another region", t -> t.dax.listTags(b -> b.resourceName(
                        "arn:aws:dax:eu-west-1:123456789012:cache/tagged")), ClusterNotFoundException.class,
                        "ClusterNotFoundFault"),
                fault("UntagResource of a missing key", t -> t.dax.untagResource(b -> b.resourceName(ARN)
                        .tagKeys("nope")), TagNotFoundException.class, "TagNotFoundFault"),
                fault("TagResource with key 'aws:x'", t -> t.dax.tagResource(b -> b.resourceName(ARN)
                        .tags(Tag.builder().key("aws:x").value("v").build())), InvalidParameterValueException.class,
                        "InvalidParameterValueException").afterwards(TagsTest::hasNoTags),
                fault("TagResource with 51 tags", t -> t.dax.tagResource(b -> b.resourceName(ARN).tags(many)),
                        TagQuotaPerResourceExceededException.class, "TagQuotaPerResourceExceeded")
                        .afterwards(TagsTest::hasNoTags),
                fault("TagResource while deleting", t -> t.dax.tagResource(b -> b.resourceName(ARN)
                        .tags(Tag.builder().key("k").value("v").build())), InvalidClusterStateException.class,
                        "InvalidClusterStateFault").given(t -> t.dax.deleteCluster(b -> b.clusterName("tagged"))));
    }

    private static void hasNoTags(TestServer t) {
        assertThat(t.dax.listTags(b -> b.resourceName(ARN)).tags()).as("a rejected request adds no tag").isEmpty();
    }
}

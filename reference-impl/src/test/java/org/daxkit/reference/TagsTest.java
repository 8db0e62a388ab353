package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import java.util.stream.IntStream;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

    @Test
    void faults() {
        t.availableCluster("tagged", 1);
        assertFault("ListTags of 'tagged' (not an ARN)", () -> t.dax.listTags(b -> b.resourceName("tagged")),
                InvalidArnException.class, "InvalidARNFault");
        assertFault("ListTags of an unknown cluster", () -> t.dax.listTags(b -> b.resourceName(ARN + "x")),
                ClusterNotFoundException.class, "ClusterNotFoundFault");
        assertFault("ListTags of a cluster in another region", () -> t.dax.listTags(b -> b.resourceName(
                "arn:aws:dax:eu-west-1:123456789012:cache/tagged")), ClusterNotFoundException.class, "ClusterNotFoundFault");
        assertFault("UntagResource of a missing key", () -> t.dax.untagResource(b -> b.resourceName(ARN).tagKeys("nope")),
                TagNotFoundException.class, "TagNotFoundFault");
        assertFault("TagResource with key 'aws:x'", () -> t.dax.tagResource(b -> b.resourceName(ARN)
                .tags(Tag.builder().key("aws:x").value("v").build())), InvalidParameterValueException.class,
                "InvalidParameterValueException");
        Tag[] many = IntStream.range(0, 51).mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toArray(Tag[]::new);
        assertFault("TagResource with 51 tags", () -> t.dax.tagResource(b -> b.resourceName(ARN).tags(many)),
                TagQuotaPerResourceExceededException.class, "TagQuotaPerResourceExceeded");
        assertThat(t.dax.listTags(b -> b.resourceName(ARN)).tags()).as("a rejected request adds no tag").isEmpty();

        t.dax.deleteCluster(b -> b.clusterName("tagged"));
        assertFault("TagResource while deleting", () -> t.dax.tagResource(b -> b.resourceName(ARN)
                .tags(Tag.builder().key("k").value("v").build())), InvalidClusterStateException.class, "InvalidClusterStateFault");
    }
}

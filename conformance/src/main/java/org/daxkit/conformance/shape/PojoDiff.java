package org.daxkit.conformance.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/** Member-by-member differences of two SDK model objects, walking the SDK's own field metadata. */
public final class PojoDiff {
    private PojoDiff() {
    }

    public static List<String> differences(SdkPojo was, SdkPojo now) {
        return differences(was, now, Set.of());
    }

    /** The differences, leaving out members (at any depth) named in {@code ignored}. */
    public static List<String> differences(SdkPojo was, SdkPojo now, Set<String> ignored) {
        List<String> out = new ArrayList<>();
        diff(was, now, "", ignored, out);
        return out;
    }

    private static void diff(Object was, Object now, String path, Set<String> ignored, List<String> out) {
        if (was instanceof SdkPojo a && now instanceof SdkPojo b) {
            for (SdkField<?> f : a.sdkFields()) {
                if (!ignored.contains(f.memberName())) {
                    diff(f.getValueOrDefault(a), f.getValueOrDefault(b), path.isEmpty() ? f.memberName()
                            : path + "." + f.memberName(), ignored, out);
                }
            }
        } else if (was instanceof List<?> a && now instanceof List<?> b) {
            if (a.size() != b.size()) {
                out.add(path + ": had " + a.size() + " element(s), now " + b.size());
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                diff(a.get(i), b.get(i), path + "[" + i + "]", ignored, out);
            }
        } else if (!Objects.equals(was, now)) {
            out.add(path + ": was " + was + ", now " + now);
        }
    }
}

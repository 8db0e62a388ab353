package org.daxkit.conformance.shape;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/**
 * Expected response shapes read from the SDK's own model metadata ({@code sdkFields()}, marshalling
 * types, list and map traits, nested builders, enum accessors), so a newer SDK brings new members along.
 */
public final class SdkShapes {
    private static final Shape.Structure REBOOT_NODE = of(RebootNodeResponse.builder());
    private static final Shape.Structure DESCRIBE_CLUSTERS = of(DescribeClustersResponse.builder());

    private SdkShapes() {
    }

    public static Shape.Structure rebootNodeResponse() {
        return REBOOT_NODE;
    }

    public static Shape.Structure describeClustersResponse() {
        return DESCRIBE_CLUSTERS;
    }

    /** The shape of a generated model class, given its builder (builders are SdkPojos too). */
    public static Shape.Structure of(SdkPojo builder) {
        Class<?> modelClass = builder.getClass().getEnclosingClass() != null
                ? builder.getClass().getEnclosingClass() : builder.getClass();
        Map<String, Shape> members = new LinkedHashMap<>();
        for (SdkField<?> field : builder.sdkFields()) {
            members.put(field.locationName(), shapeOf(field, modelClass));
        }
        return new Shape.Structure(modelClass.getSimpleName(), Map.copyOf(members));
    }

    private static Shape shapeOf(SdkField<?> field, Class<?> owner) {
        MarshallingKnownType type = field.marshallingType().getKnownType();
        switch (type) {
            case SDK_POJO:
                return of(field.constructor().get());
            case LIST:
                return new Shape.ListOf(shapeOf(field.getTrait(ListTrait.class).memberFieldInfo(), owner));
            case MAP:
                return new Shape.MapOf(shapeOf(field.getTrait(MapTrait.class).valueFieldInfo(), owner));
            case STRING:
                return new Shape.Scalar(Shape.Kind.STRING, enumValues(owner, field.memberName()));
            case INTEGER:
            case LONG:
            case SHORT:
            case BYTE:
                return new Shape.Scalar(Shape.Kind.INTEGER, Set.of());
            case FLOAT:
            case DOUBLE:
            case BIG_DECIMAL:
                return new Shape.Scalar(Shape.Kind.NUMBER, Set.of());
            case BOOLEAN:
                return new Shape.Scalar(Shape.Kind.BOOLEAN, Set.of());
            case INSTANT:
                return new Shape.Scalar(Shape.Kind.TIMESTAMP, Set.of());
            case SDK_BYTES:
                return new Shape.Scalar(Shape.Kind.BLOB, Set.of());
            default:
                return new Shape.Scalar(Shape.Kind.DOCUMENT, Set.of());
        }
    }

    /**
     * A string member modeled as an enum has an {@code xAsString()} accessor next to {@code x()}, which
     * returns the enum; its {@code knownValues()} are the wire values.
     */
    private static Set<String> enumValues(Class<?> owner, String memberName) {
        if (memberName == null) {
            return Set.of();
        }
        for (Method m : owner.getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType().isEnum()
                    && m.getName().toLowerCase(Locale.ROOT).equals(memberName.toLowerCase(Locale.ROOT))) {
                return knownValues(m.getReturnType());
            }
        }
        return Set.of();
    }

    private static Set<String> knownValues(Class<?> enumType) {
        try {
            Method known = enumType.getMethod("knownValues");
            if (!Modifier.isStatic(known.getModifiers())) {
                return Set.of();
            }
            Set<String> values = new LinkedHashSet<>();
            for (Object v : (Set<?>) known.invoke(null)) {
                values.add(v.toString());
            }
            return Set.copyOf(values);
        } catch (ReflectiveOperationException e) {
            return Set.of();
        }
    }
}

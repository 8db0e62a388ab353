package org.daxkit.conformance.compare;

/** One line of a comparison: what is compared ({@code key}), and what each record shows. */
public record Row(Kind kind, String key, String a, String b) {

    /** How the two records relate on this line. */
    public enum Kind {
        ONLY_A("only in A"),
        ONLY_B("only in B"),
        DIFFERS("differs"),
        /** Side by side, no verdict: measured values such as times always differ a little. */
        MEASURED("measured");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Row onlyA(String key, String a) {
        return new Row(Kind.ONLY_A, key, a, "");
    }

    public static Row onlyB(String key, String b) {
        return new Row(Kind.ONLY_B, key, "", b);
    }

    public static Row differs(String key, String a, String b) {
        return new Row(Kind.DIFFERS, key, a, b);
    }

    public static Row measured(String key, String a, String b) {
        return new Row(Kind.MEASURED, key, a, b);
    }
}

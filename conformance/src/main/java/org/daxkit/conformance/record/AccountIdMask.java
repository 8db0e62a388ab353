package org.daxkit.conformance.record;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the 12-digit account id in ARNs ({@code arn:aws:dax:us-east-1:123456789012:cache/c1}) with
 * {@value #MASK}, so a record of a real account can be shared. The mask keeps the id's width, and the
 * compare command reads it as an account id, so ARN shapes still compare.
 */
public final class AccountIdMask {
    public static final String MASK = "************";
    /** arn:partition:service:region:account: (region may be empty, as in IAM ARNs). */
    private static final Pattern ARN_ACCOUNT =
            Pattern.compile("(arn:aws[a-z-]*:[A-Za-z0-9-]*:[a-z0-9-]*:)\\d{12}(?=:)");

    private AccountIdMask() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return ARN_ACCOUNT.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}

package dev.quire.search;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How metadata values become index terms. Every scalar is indexed as one keyword term in a
 * canonical form (so eq/in work across types: the number 5, 5.0 and the string "5" are equal),
 * and numbers are also indexed as points for ranges.
 */
public final class MetadataValues {
    private MetadataValues() {
    }

    public static boolean isScalar(Object value) {
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /** The keyword form: strings as they are, booleans "true"/"false", whole numbers without ".0". */
    public static String canonical(Object value) {
        if (value instanceof Number number) {
            double d = toDouble(number);
            if (d == Math.rint(d) && Math.abs(d) < 0x1p53) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        return String.valueOf(value);
    }

    public static double toDouble(Number number) {
        if (number instanceof BigDecimal || number instanceof BigInteger) {
            return new BigDecimal(number.toString()).doubleValue();
        }
        return number.doubleValue();
    }
}

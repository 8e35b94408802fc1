package dev.quire.search;

import java.util.Locale;

/** Metadata filter operators, as the LlamaCloud API spells them ("==", "!=", ">", ...) or by name. */
public enum Operator {
    EQ("=="), NE("!="), GT(">"), GTE(">="), LT("<"), LTE("<="), IN("in"), NIN("nin");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Accepts the symbol ("&gt;=") or the name ("gte"), any case. */
    public static Operator parse(String text) {
        for (Operator op : values()) {
            if (op.symbol.equalsIgnoreCase(text) || op.name().equalsIgnoreCase(text)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown filter operator: " + text);
    }

    public boolean isRange() {
        return this == GT || this == GTE || this == LT || this == LTE;
    }

    public boolean isSet() {
        return this == IN || this == NIN;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.quire.retrieval;

/**
 * An estimate of the program RE2/J compiles a pattern to, so that a pattern such as
 * {@code (a{1000}){1000}} (a million instructions: RE2/J has no program-size limit of its own, and
 * matching time grows with text length times program size) is refused before it runs.
 *
 * <p>The estimate counts one instruction per atom and multiplies a repeated atom or group by its
 * count; {@code nestedRepeat} is the largest product of counted repetitions nested in each other
 * (RE2 itself refuses a single count above 1000). Syntax errors are left to the real compiler.
 *
 * <pre>{@code
 * RegexCost cost = RegexCost.of("(ab{3}){4}");  // size 16, nestedRepeat 12
 * }</pre>
 */
record RegexCost(long size, long nestedRepeat) {
    private static final long CAP = 1L << 40;

    static RegexCost of(String pattern) {
        Parser p = new Parser(pattern);
        RegexCost cost = p.alternation();
        // An unbalanced ')' stops the parse early; what follows still counts.
        while (p.pos < pattern.length()) {
            p.pos++;
            cost = cost.plus(p.alternation());
        }
        return cost;
    }

    private RegexCost plus(RegexCost other) {
        return new RegexCost(Math.min(CAP, size + other.size), Math.max(nestedRepeat, other.nestedRepeat));
    }

    private RegexCost times(long count) {
        return new RegexCost(Math.min(CAP, size * count), Math.min(CAP, nestedRepeat * count));
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        RegexCost alternation() {
            RegexCost cost = sequence();
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                cost = cost.plus(sequence());
            }
            return cost;
        }

        private RegexCost sequence() {
            RegexCost cost = new RegexCost(0, 1);
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                RegexCost atom = atom();
                cost = cost.plus(quantified(atom));
            }
            return cost;
        }

        private RegexCost atom() {
            char c = s.charAt(pos++);
            switch (c) {
                case '(' -> {
                    if (groupPrefixIsFlagsOnly()) {
                        return new RegexCost(0, 1);
                    }
                    RegexCost inner = alternation();
                    if (pos < s.length()) {
                        pos++; // ')'
                    }
                    return new RegexCost(inner.size + 1, inner.nestedRepeat);
                }
                case '[' -> {
                    skipClass();
                    return new RegexCost(1, 1);
                }
                case '\\' -> {
                    skipEscape();
                    return new RegexCost(1, 1);
                }
                default -> {
                    return new RegexCost(1, 1);
                }
            }
        }

        /** Skips {@code ?:}, {@code ?P<name>}, {@code ?<name>}, {@code ?i:}; true for a bare {@code (?i)}. */
        private boolean groupPrefixIsFlagsOnly() {
            if (pos >= s.length() || s.charAt(pos) != '?') {
                return false;
            }
            pos++;
            if (s.startsWith("P<", pos) || s.startsWith("<", pos)) {
                int close = s.indexOf('>', pos);
                pos = close < 0 ? s.length() : close + 1;
                return false;
            }
            while (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == ')') {
                pos++;
                return true;
            }
            if (pos < s.length() && s.charAt(pos) == ':') {
                pos++;
            }
            return false;
        }

        private void skipClass() {
            if (pos < s.length() && s.charAt(pos) == '^') {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
            }
            while (pos < s.length() && s.charAt(pos) != ']') {
                if (s.charAt(pos) == '\\') {
                    pos++;
                    skipEscape();
                } else if (s.startsWith("[:", pos)) {
                    int close = s.indexOf(":]", pos + 2);
                    pos = close < 0 ? pos + 1 : close + 2;
                } else {
                    pos++;
                }
            }
            pos++;
        }

        private void skipEscape() {
            if (pos >= s.length()) {
                return;
            }
            char c = s.charAt(pos++);
            if ((c == 'p' || c == 'P' || c == 'x') && pos < s.length() && s.charAt(pos) == '{') {
                int close = s.indexOf('}', pos);
                pos = close < 0 ? s.length() : close + 1;
            }
        }

        private RegexCost quantified(RegexCost atom) {
            RegexCost cost = atom;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '*' || c == '+' || c == '?') {
                    pos++;
                    cost = new RegexCost(Math.min(CAP, cost.size + 1), cost.nestedRepeat);
                } else if (c == '{') {
                    long count = repeatCount();
                    if (count < 0) {
                        return cost; // not a repetition: a literal '{', counted as the next atom
                    }
                    cost = cost.times(Math.max(1, count));
                } else {
                    return cost;
                }
            }
            return cost;
        }

        /** Reads {@code {n}}, {@code {n,}} or {@code {n,m}}; the largest count, or -1 if this is no repetition. */
        private long repeatCount() {
            int close = s.indexOf('}', pos);
            if (close < 0) {
                return -1;
            }
            String body = s.substring(pos + 1, close);
            if (!body.matches("\\d{1,9}(,\\d{0,9})?")) {
                return -1;
            }
            pos = close + 1;
            long max = 0;
            for (String n : body.split(",")) {
                if (!n.isEmpty()) {
                    max = Math.max(max, Long.parseLong(n));
                }
            }
            return max;
        }
    }
}

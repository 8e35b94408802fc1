package dev.quire.sdkgen;

import java.util.Locale;
import java.util.Set;

/** How OpenAPI names become Java names, the way the official SDK spells them. */
final class Names {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "record", "var", "yield");

    private Names() {}

    /** {@code last_updated_at} -> {@code lastUpdatedAt}; a Java keyword gets a trailing underscore. */
    static String camel(String name) {
        String pascal = pascal(name);
        String camel = pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return KEYWORDS.contains(camel) ? camel + "_" : camel;
    }

    /** {@code job_metadata} -> {@code JobMetadata}. */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else if (upper) {
                out.append(Character.toUpperCase(c));
                upper = false;
            } else {
                out.append(c);
            }
        }
        if (out.length() > 0 && Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }

    /** {@code text_delta} -> {@code TEXT_DELTA}; {@code inProgress} -> {@code IN_PROGRESS}. */
    static String constant(String value) {
        StringBuilder out = new StringBuilder();
        char prev = 0;
        for (char c : value.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '_') out.append('_');
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && out.length() > 0) out.append('_');
                out.append(Character.toUpperCase(c));
            }
            prev = c;
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '_') out.setLength(out.length() - 1);
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) out.insert(0, '_');
        return out.toString();
    }

    /** {@code indexIds} -> {@code indexId}, {@code entries} -> {@code entry}: the name of one list element. */
    static String singular(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && name.length() > 3) return name.substring(0, name.length() - 3) + "y";
        if (lower.endsWith("sses") || lower.endsWith("shes") || lower.endsWith("ches") || lower.endsWith("xes")
                || lower.endsWith("uses")) {
            return name.substring(0, name.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && name.length() > 1) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    /** Text safe inside a Javadoc comment. */
    static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "{@literal @}").strip();
    }

    /** A Java string literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c)); else out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

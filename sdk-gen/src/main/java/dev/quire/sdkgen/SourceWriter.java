package dev.quire.sdkgen;

/** Java text with indentation: {@code open("class A {")}, {@code line(...)}, {@code close("}")}. */
final class SourceWriter {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    SourceWriter(int depth) {
        this.depth = depth;
    }

    SourceWriter line(String text) {
        if (text.isEmpty()) {
            out.append('\n');
        } else {
            out.append("    ".repeat(depth)).append(text).append('\n');
        }
        return this;
    }

    SourceWriter open(String text) {
        line(text);
        depth++;
        return this;
    }

    SourceWriter close(String text) {
        depth--;
        return line(text);
    }

    /** One level deeper from the next line on. */
    SourceWriter indent() {
        depth++;
        return this;
    }

    /** A line one level out, e.g. {@code } else {}. */
    SourceWriter middle(String text) {
        depth--;
        line(text);
        depth++;
        return this;
    }

    /** A Javadoc comment of one or more paragraphs; nothing for a null or blank text. */
    SourceWriter javadoc(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String[] lines = Names.javadoc(text).split("\n");
        if (lines.length == 1) {
            return line("/** " + lines[0].strip() + " */");
        }
        line("/**");
        for (String l : lines) {
            line(l.isBlank() ? " *" : " * " + l.strip());
        }
        return line(" */");
    }

    /** Appends already indented text. */
    SourceWriter raw(String text) {
        out.append(text);
        return this;
    }

    int depth() {
        return depth;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

package dev.quire.ingest.layout;

/** A rectangle on a page in PDF points, origin at the top left (as the parse API's {@code bbox}). */
public record Box(double x, double y, double w, double h) {

    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        double right = Math.max(x + w, other.x + other.w);
        double bottom = Math.max(y + h, other.y + other.h);
        return new Box(left, top, right - left, bottom - top);
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    /** Rounded to 0.01 pt: more digits are noise and bloat the JSON. */
    public Box rounded() {
        return new Box(round(x), round(y), round(w), round(h));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

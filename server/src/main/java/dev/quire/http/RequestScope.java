package dev.quire.http;

import dev.quire.tenancy.Scope;
import io.javalin.http.Context;

/** The project scope the auth filter resolved for this request. */
public final class RequestScope {
    static final String ATTRIBUTE = "quire.scope";

    private RequestScope() {}

    public static Scope of(Context ctx) {
        Scope scope = ctx.attribute(ATTRIBUTE);
        if (scope == null) {
            throw new IllegalStateException("route " + ctx.path() + " is not behind the auth filter");
        }
        return scope;
    }
}

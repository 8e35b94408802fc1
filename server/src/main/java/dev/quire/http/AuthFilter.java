package dev.quire.http;

import dev.quire.tenancy.ApiKey;
import dev.quire.tenancy.TenancyService;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;

/**
 * Runs before every /api route: authenticates the bearer key (401) and resolves the project from
 * organization_id / project_id (403/404/400), leaving the result for handlers in {@link RequestScope}.
 */
final class AuthFilter implements Handler {
    private final TenancyService tenancy;

    AuthFilter(TenancyService tenancy) {
        this.tenancy = tenancy;
    }

    @Override
    public void handle(Context ctx) {
        ApiKey key = tenancy.authenticate(bearer(ctx.header("Authorization")));
        ctx.attribute(RequestScope.ATTRIBUTE, tenancy.resolve(key,
                Requests.query(ctx, "organization_id"), Requests.query(ctx, "project_id")));
    }

    static Optional<String> bearer(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String trimmed = header.trim();
        if (trimmed.length() > 7 && trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(trimmed.substring(7).trim());
        }
        return Optional.empty();
    }
}

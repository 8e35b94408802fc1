package dev.quire.http;

import dev.quire.paging.PageRequest;
import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** Reading requests the way the contract says: empty query values are absent, bodies may be missing. */
public final class Requests {
    private Requests() {}

    public static JsonBody body(Context ctx) {
        return JsonBody.parse(ctx.body());
    }

    /** A query parameter; {@code ?name=} (what SDKs send for null) reads as absent. */
    public static Optional<String> query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        NulCharacters.requireNoneInQuery(name, value);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Repeated query keys ({@code a=x&a=y}) with empty values dropped. */
    public static List<String> queryList(Context ctx, String name) {
        List<String> values = ctx.queryParams(name).stream().filter(v -> !v.isEmpty()).toList();
        values.forEach(v -> NulCharacters.requireNoneInQuery(name, v));
        return values;
    }

    public static Optional<Boolean> queryBoolean(Context ctx, String name) {
        return query(ctx, name).map(v -> switch (v.toLowerCase()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ValidationException.of(FieldError.query("bool_parsing",
                    "Input should be a valid boolean, unable to interpret input", v, name));
        });
    }

    public static Optional<Integer> queryInt(Context ctx, String name) {
        return query(ctx, name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw ValidationException.of(FieldError.query("int_parsing",
                        "Input should be a valid integer, unable to parse string as an integer", v, name));
            }
        });
    }

    /**
     * The page of a GET list: {@code page_size} (default 50, values above 1000 coerced to 1000, below 1
     * rejected) and {@code page_token}, which must have been issued for the same filters.
     */
    public static PageRequest page(Context ctx, List<String> filters) {
        int size = pageSize(queryInt(ctx, "page_size"), "query");
        return new PageRequest(size, query(ctx, "page_token").map(t -> PageToken.decode(verifiedToken(ctx, t), filters)));
    }

    /** A page token as the client sent it, checked against its signature and stripped of it (400 if altered). */
    public static String verifiedToken(Context ctx, String token) {
        PageTokenSigner signer = ctx.attribute(PageTokenSigner.ATTRIBUTE);
        return signer == null ? token : signer.verify(token);
    }

    public static int pageSize(Optional<Integer> requested, String where) {
        int size = requested.orElse(PageRequest.DEFAULT_SIZE);
        if (size < 1) {
            throw ValidationException.of(new FieldError("greater_than_equal",
                    List.of(where, "page_size"), "Input should be greater than or equal to 1", size));
        }
        return Math.min(size, PageRequest.MAX_SIZE);
    }
}

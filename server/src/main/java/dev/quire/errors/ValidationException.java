package dev.quire.errors;

import java.util.List;

/** A 422 whose detail is FastAPI's list of field errors, each naming where the bad value was. */
public final class ValidationException extends ApiException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(422, errors.isEmpty() ? "Validation error" : errors.get(0).msg());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(FieldError error) {
        return new ValidationException(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Object detail() {
        return errors;
    }
}

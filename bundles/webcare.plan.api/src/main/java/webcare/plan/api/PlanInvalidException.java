package webcare.plan.api;

import java.util.List;

/** A plan (or plan file) with errors; nothing was stored. Lists every error with where it is. */
public class PlanInvalidException extends PlanException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlanError> errors;

    public PlanInvalidException(String message, List<PlanError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<PlanError> errors() {
        return errors;
    }
}

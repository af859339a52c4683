package webcare.plan.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.json.JsonPlanCodec;

/** The plan files under src/test/resources/webcare/plan. */
public final class Fixtures {

    /** A Dutch bakery's plan in canonical form, every field used at least once. */
    public static final String KORENSCHOOF = "korenschoof.json";
    /** An English ferry company's plan, written by hand: optional lists left out. */
    public static final String HARBOUR = "harbour.json";

    private Fixtures() {}

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/webcare/plan/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Plan plan(String name) {
        try {
            return new JsonPlanCodec().read(text(name));
        } catch (PlanInvalidException e) {
            throw new AssertionError(e.getMessage() + " " + e.errors(), e);
        }
    }
}

package webcare.cli.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Registers a component's public methods as Gogo commands, e.g.
 * {@code @WebcareCommand(function = "bundles")} gives {@code osgi.command.scope=webcare} and
 * {@code osgi.command.function=bundles}; {@code ./webcare --headless bundles} then runs it.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WebcareCommand {

    String PREFIX_ = "osgi.command.";

    /** The scope every headless command lives in. */
    String SCOPE = "webcare";

    String scope() default SCOPE;

    /** Names of the public methods that are commands. */
    String[] function();
}

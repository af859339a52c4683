package webcare.ui.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Where a {@link WorkbenchView} goes: {@code @ViewPlacement(id = "welcome", order = 10)} gives the
 * service properties {@link #ID} {@code = "welcome"}, {@link #ORDER} {@code = 10} and
 * {@link #OPEN_ON_FIRST_RUN} {@code = false}, which the workbench reads.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ViewPlacement {

    String PREFIX_ = "webcare.view.";

    /** Service property (String): {@link #id()}. */
    String ID = PREFIX_ + "id";
    /** Service property (Integer): {@link #order()}. */
    String ORDER = PREFIX_ + "order";
    /** Service property (Boolean): {@link #openOnFirstRun()}. */
    String OPEN_ON_FIRST_RUN = PREFIX_ + "openOnFirstRun";

    /** Stable id, used to remember the layout; lower case, no spaces. */
    String id();

    /** Position in the View menu and among the tabs; lower comes first. */
    int order() default 100;

    /** Whether the view opens on a first run, before the user has arranged anything. */
    boolean openOnFirstRun() default false;
}

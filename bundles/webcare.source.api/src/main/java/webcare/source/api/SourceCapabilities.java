package webcare.source.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * What a connector's {@link Source} services are and what their platform allows, as typed service
 * properties: {@code @SourceCapabilities(type = "twitter", canReply = true, canHide = true)} gives
 * {@link Source#TYPE} {@code = "twitter"}, {@link Source#CAN_REPLY} {@code = true},
 * {@link Source#CAN_HIDE} {@code = true} and {@link Source#HAS_RATINGS} {@code = false} (Booleans;
 * an element left out is registered with its default).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SourceCapabilities {

    String PREFIX_ = "webcare.source.";

    /** The platform, e.g. {@code twitter}: the same as {@link Source#type()}. */
    String type();

    /** The platform lets us answer an item. */
    boolean canReply() default false;

    /** The platform lets us hide an item. */
    boolean canHide() default false;

    /** Items carry a 1–5 star rating. */
    boolean hasRatings() default false;
}

package io.meridian.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts an {@code /api} controller or handler method to members of the named groups (see
 * {@link Groups}); {@code camunda-admin} is always allowed. Others get 403 problem+json before
 * the method runs. Without it, any authenticated user may call the endpoint. An annotation on
 * the method replaces the one on the class.
 *
 * <pre>{@code @AllowedGroups(Groups.ANALYSTS) @PutMapping("/{table}") ...}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedGroups {
    String[] value();
}

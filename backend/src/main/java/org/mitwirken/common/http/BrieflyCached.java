package org.mitwirken.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public read of participation (comments, places on the map) that visitors without a token may get up to
 * {@code mitwirken.brief-cache} old. Any transaction on the same instance ends the cached answers at once, so
 * whoever just took part sees it there; other instances show it within that time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BrieflyCached {
}

package org.mitwirken.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public catalogue read whose answer depends only on catalogue tables (see V15__catalogue_version.sql) and the
 * request URI: answers to visitors without a token are kept per catalogue version. The one exception, a format's
 * computed status (it follows the clock and the surveys, rounds and documents of the format), is therefore shown up
 * to {@code mitwirken.read-cache.max-age} late.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CatalogueCached {
}

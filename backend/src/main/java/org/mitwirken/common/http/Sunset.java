package org.mitwirken.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation on its way out of {@code /api/v1}: its answers carry {@code Deprecation} (RFC 9745), {@code Sunset}
 * (RFC 8594) and a {@code Link} with {@code rel="deprecation"} to the way forward, so apps notice long before it goes.
 * Java's {@code @Deprecated} goes beside it, which marks the operation {@code deprecated: true} in the contract.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sunset {
    /** The day it was deprecated (ISO date). */
    String deprecatedOn();

    /** The day after which it may answer 410 Gone (ISO date), at least six months after {@link #deprecatedOn()}. */
    String sunsetOn();

    /** Where the way forward is described, e.g. docs/api.md's section on the successor. */
    String link();
}

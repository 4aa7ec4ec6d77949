package org.mitwirken.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that, for a caller with a login or device token, holds what is theirs alone (their own ballot, their own
 * pending contributions): {@link CachePolicy} then answers {@code no-store}, so no cache on the way keeps it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalAnswer {
}

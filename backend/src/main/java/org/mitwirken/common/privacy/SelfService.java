package org.mitwirken.common.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a person does for themselves, not as staff: taking part (a ballot, a survey answer, a comment, a map
 * contribution, a support or report) or managing their own account. It stays out of the audit log even when the
 * caller has a staff role: the log records staff actions, and an entry would tie a staff member to their own ballot
 * or answer (or write their name again after they erased their data).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface SelfService {
}

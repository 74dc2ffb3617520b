package org.corkboard.account.boundary;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The service refuses a signed-in caller whose account is suspended, locked or deactivated (see
 * {@link ActiveAccountCheck}). For the console's services: the role a person signed in with stays
 * in their session, so the role alone does not say whether they may act.
 */
@InterceptorBinding
@Inherited
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface ActiveAccountsOnly {}

package org.corkboard.platform;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The service refuses a signed-in caller whose account is suspended, locked or deactivated (the
 * account feature's ActiveAccountCheck checks it; the binding lives here, so that the features the
 * account feature uses, such as the audit log, can carry it too). For the console's services: the
 * role a person signed in with stays in their session, so the role alone does not say whether they
 * may act.
 */
@InterceptorBinding
@Inherited
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface ActiveAccountsOnly {}

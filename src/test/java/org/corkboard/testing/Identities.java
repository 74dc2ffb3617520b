package org.corkboard.testing;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.corkboard.account.entity.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/** Runs code inside the server as a given person, as if they had signed in. */
public final class Identities {

  private Identities() {}

  public static <T> T as(String username, Role[] roles, Callable<T> action) throws Exception {
    var names = Arrays.stream(roles).map(Enum::name).collect(Collectors.toSet());
    SecurityIdentity identity =
        SecurityDomain.getCurrent()
            .createAdHocIdentity(username)
            .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(names)));
    return identity.runAs(action);
  }

  public static <T> T anonymously(Callable<T> action) throws Exception {
    return SecurityDomain.getCurrent().getAnonymousSecurityIdentity().runAs(action);
  }

  /** A service call without a result, in the form {@link #as} takes. */
  public static Callable<Void> run(Runnable action) {
    return () -> {
      action.run();
      return null;
    };
  }
}

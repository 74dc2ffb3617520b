package org.corkboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.HashMap;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.account.web.ProfileView;
import org.corkboard.account.web.ResetPasswordView;
import org.corkboard.listing.web.ListingEditView;
import org.corkboard.listing.web.MyListingsView;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * View-scoped beans live in the session, and with several nodes the session is copied to another
 * node: serialized and read back. There they must still reach their services. Each bean here is
 * made by the container (so its injected fields hold the container's proxies), written out and read
 * back as replication does, and then used.
 */
@ExtendWith(ArquillianExtension.class)
class ReplicatedViewsIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(ReplicatedViewsIT.class);
  }

  @Inject TestAccounts testAccounts;

  @Test
  void theListingEditorStillReachesItsServices() throws Exception {
    ListingEditView editor = replicated(ListingEditView.class);
    assertThat(editor.getCategoryChoices()).isNotEmpty();
  }

  @Test
  void myListingsStillReachesItsService() throws Exception {
    Account owner = testAccounts.create("replica");
    MyListingsView view = replicated(MyListingsView.class);
    as(owner.getUsername(), USER, run(view::load));
    assertThat(view.getListings()).isEmpty();
  }

  @Test
  void theProfilePageStillReachesItsService() throws Exception {
    Account owner = testAccounts.create("replica");
    ProfileView view = replicated(ProfileView.class);
    as(owner.getUsername(), USER, run(view::load));
    assertThat(view.getUsername()).isEqualTo(owner.getUsername());
  }

  @Test
  void thePasswordResetPageStillReachesItsService() throws Exception {
    ResetPasswordView view = replicated(ResetPasswordView.class);
    view.setToken("not-a-token-that-was-ever-sent");
    view.load();
    assertThat(view.isValid()).isFalse();
  }

  /** A bean as the container makes it, after a trip through serialization. */
  private static <T> T replicated(Class<T> type) throws Exception {
    T bean = new Unmanaged<>(type).newInstance().produce().inject().postConstruct().get();
    var classes = new ClassesByName();
    var bytes = new ByteArrayOutputStream();
    try (var out = new RecordingOutputStream(bytes, classes)) {
      out.writeObject(bean);
    }
    try (var in =
        new ResolvingInputStream(new ByteArrayInputStream(bytes.toByteArray()), classes)) {
      T copy = type.cast(in.readObject());
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(Inject.class)) {
          field.setAccessible(true);
          assertThat(field.get(copy)).as(type.getSimpleName() + "." + field.getName()).isNotNull();
        }
      }
      return copy;
    }
  }

  /**
   * The classes written, by name. The server's replication resolves each class through its own
   * module (the deployment's, Weld's, the EJB container's); reading them back by name from the
   * classes written does the same here.
   */
  private static final class ClassesByName extends HashMap<String, Class<?>> {}

  private static final class RecordingOutputStream extends ObjectOutputStream {

    private final ClassesByName classes;

    RecordingOutputStream(OutputStream out, ClassesByName classes) throws IOException {
      super(out);
      this.classes = classes;
    }

    @Override
    protected void annotateClass(Class<?> type) {
      classes.put(type.getName(), type);
    }
  }

  private static final class ResolvingInputStream extends ObjectInputStream {

    private final ClassesByName classes;

    ResolvingInputStream(InputStream in, ClassesByName classes) throws IOException {
      super(in);
      this.classes = classes;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass type)
        throws IOException, ClassNotFoundException {
      Class<?> written = classes.get(type.getName());
      return written != null ? written : super.resolveClass(type);
    }
  }
}

package org.corkboard.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as built ({@code target/corkboard.war}), plus the test classes of one feature for
 * in-container tests.
 */
public final class Deployments {

  private Deployments() {}

  /** The WAR exactly as it ships, for tests that use it from outside (browser, HTTP). */
  public static WebArchive application() {
    String war = System.getProperty("corkboard.war", "target/corkboard.war");
    return ShrinkWrap.create(ZipImporter.class, "corkboard.war")
        .importFrom(new File(war))
        .as(WebArchive.class);
  }

  /**
   * The application with the given test packages inside, able to act as any user and to receive its
   * e-mail ({@link SmtpInbox}).
   */
  public static WebArchive withTests(Class<?>... testClassesOfPackages) {
    WebArchive archive =
        application()
            .addClass(Identities.class)
            .addClass(TestAccounts.class)
            .addClass(TestImages.class)
            .addClass(SmtpInbox.class)
            .addClass(ServerLog.class)
            .addClass(SqlCounter.class)
            // GreenMail core only: the server provides Jakarta Mail (Angus) and SLF4J.
            .addAsLibraries(
                jarOf(org.assertj.core.api.Assertions.class),
                jarOf(com.icegreen.greenmail.util.GreenMail.class));
    for (Class<?> type : testClassesOfPackages) {
      archive.addPackage(type.getPackage());
    }
    archive.delete("WEB-INF/jboss-deployment-structure.xml");
    archive.addAsWebInfResource(
        new StringAsset(
            """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
              <deployment>
                <dependencies>
                  <module name="org.jboss.vfs"/>
                  <module name="org.wildfly.security.elytron"/>
                </dependencies>
              </deployment>
            </jboss-deployment-structure>
            """),
        "jboss-deployment-structure.xml");
    return archive;
  }

  /** The jar a test library class was loaded from, to ship it inside the deployment. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

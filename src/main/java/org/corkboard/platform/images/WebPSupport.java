package org.corkboard.platform.images;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * Registers the WebP reader with ImageIO explicitly. ImageIO finds plugins through the context
 * class loader of whichever thread first uses it, and its registry is global to the JVM, so inside
 * WildFly a plugin in WEB-INF/lib may never be found, and one registered by an earlier deployment
 * of the application stays behind (holding that deployment's class loader) after a redeploy.
 */
final class WebPSupport {

  private static boolean registered;

  private WebPSupport() {}

  static synchronized void ensureRegistered() {
    if (registered) {
      return;
    }
    IIORegistry registry = IIORegistry.getDefaultInstance();
    for (ImageReaderSpi stale : leftOverFromEarlierDeployments(registry)) {
      registry.deregisterServiceProvider(stale, ImageReaderSpi.class);
    }
    registry.registerServiceProvider(new WebPImageReaderSpi(), ImageReaderSpi.class);
    registered = true;
  }

  private static List<ImageReaderSpi> leftOverFromEarlierDeployments(IIORegistry registry) {
    List<ImageReaderSpi> stale = new ArrayList<>();
    registry
        .getServiceProviders(ImageReaderSpi.class, false)
        .forEachRemaining(
            spi -> {
              Class<?> type = spi.getClass();
              if (type.getName().equals(WebPImageReaderSpi.class.getName())
                  && type != WebPImageReaderSpi.class) {
                stale.add(spi);
              }
            });
    return stale;
  }
}

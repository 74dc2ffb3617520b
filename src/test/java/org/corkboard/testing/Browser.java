package org.corkboard.testing;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driving the real pages. A missing
 * browser fails the test: it is never skipped.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  public Browser() {
    if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need "
              + CHROMIUM
              + " and "
              + DRIVER
              + " (apt-get install chromium chromium-driver)");
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,900");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  public Browser open(String path) {
    driver.get(path.startsWith("http") ? path : WebClient.BASE + path);
    return this;
  }

  public WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** An element that is in the page, even if hidden (such as a styled file input). */
  public WebElement present(String css) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  public Browser type(String id, String text) {
    WebElement field = find("#" + id);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Clicks and waits for the next page to replace this one. */
  public Browser clickAndWait(String css) {
    WebElement html = driver.findElement(By.tagName("html"));
    find(css).click();
    wait.until(page -> isGone(html));
    return this;
  }

  /**
   * Whether the element's page has been replaced. While a navigation commits, Chromium may answer
   * "does not belong to the document" instead of a stale reference; that means the same.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Signs in through the sign-in page and waits for the home page. */
  public Browser signIn(String name, String password) {
    return open("/account/sign-in")
        .type("identifier", name)
        .type("password", password)
        .clickAndWait("#submit");
  }

  /** Signs out through the header's user menu. */
  public Browser signOut() {
    find("#nav\\:userMenu_button").click();
    return clickAndWait("#nav\\:signOut").waitForText("You have been signed out.");
  }

  public <T> T waitUntil(java.util.function.Function<? super WebDriver, T> condition) {
    return wait.until(condition);
  }

  public Browser waitForText(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return this;
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public WebDriver driver() {
    return driver;
  }

  /** Runs a script in the page and returns what it returns. */
  public Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  /** Shows pages as a phone does: 390 CSS pixels wide, with the pages' viewport tag honoured. */
  public Browser phone() {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    return this;
  }

  /** Whether the open page fits the width of the window, without scrolling sideways. */
  public boolean fitsTheWidth() {
    return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth");
  }

  /** Runs a script in every page opened from now on, before the page's own scripts. */
  public Browser beforeEveryPage(String script) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    return this;
  }

  @Override
  public void close() {
    driver.quit();
  }
}

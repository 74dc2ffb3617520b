package org.corkboard.setting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.corkboard.platform.NodeCache;
import org.corkboard.platform.Settings;
import org.corkboard.setting.control.SettingRepository;
import org.corkboard.setting.entity.RuntimeSetting;
import org.corkboard.setting.entity.Setting;
import org.corkboard.setting.entity.SettingChanged;
import org.corkboard.setting.entity.SettingSource;
import org.corkboard.setting.entity.SettingState;

/**
 * The runtime settings as they apply now: the value kept in the database if an administrator set
 * one, else the system property, else the default. Every posting, report and sign-in asks, so the
 * rows are kept on each node and read again after a change here (once it has committed) and at most
 * 30 seconds after the last reading.
 *
 * <p>Other nodes of a cluster learn of a change by that re-reading, not by a message: settings
 * change a few times a year, half a minute before every node applies a new limit harms nobody, and
 * a re-read needs no JMS topic to configure and cannot be missed the way a message to a node that
 * is restarting can. It costs one query of a dozen rows per node every 30 seconds of use.
 */
@ApplicationScoped
public class RuntimeSettings {

  static final Duration MAX_AGE = Duration.ofSeconds(30);
  private static final System.Logger LOG = System.getLogger(RuntimeSettings.class.getName());

  /** A row as read, kept apart from the persistence context that read it. */
  private record Stored(Long value, long version, Instant changedAt, String changedBy) {}

  @Inject SettingRepository repository;
  @Inject Clock clock;

  private NodeCache<Map<String, Stored>> stored;

  /** The malformed properties already logged: settings are read on every request that uses them. */
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void start() {
    stored = new NodeCache<>(this::read, MAX_AGE, clock);
  }

  /**
   * Settings without a database: the system properties and defaults, as code outside the server
   * (the demo data's unit tests) sees them.
   */
  public static RuntimeSettings withoutDatabase() {
    RuntimeSettings settings = new RuntimeSettings();
    settings.stored = new NodeCache<>(Map::of, Duration.ofDays(1), Clock.systemUTC());
    return settings;
  }

  public long value(RuntimeSetting setting) {
    return state(setting).value();
  }

  public int number(RuntimeSetting setting) {
    return Math.toIntExact(value(setting));
  }

  public Duration duration(RuntimeSetting setting) {
    return setting.getUnit().toDuration(value(setting));
  }

  public List<SettingState> states() {
    return Arrays.stream(RuntimeSetting.values()).map(this::state).toList();
  }

  public SettingState state(RuntimeSetting setting) {
    Stored row = stored.get().get(setting.property());
    long version = row == null ? 0 : row.version();
    Optional<Long> property = fromProperty(setting);
    long fallback = property.orElse(setting.getDefaultValue());
    if (row != null && row.value() != null) {
      return new SettingState(
          setting,
          row.value(),
          SettingSource.CHANGED_HERE,
          fallback,
          version,
          row.changedAt(),
          row.changedBy());
    }
    return new SettingState(
        setting,
        fallback,
        property.isPresent() ? SettingSource.SYSTEM_PROPERTY : SettingSource.DEFAULT,
        fallback,
        version,
        row == null ? null : row.changedAt(),
        row == null ? null : row.changedBy());
  }

  /** Reads the rows again now: a change checks against the values as they are, not as kept. */
  void reread() {
    stored.invalidate();
  }

  /** The next reading on this node goes to the database, once the change has committed. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingChanged change) {
    stored.invalidate();
  }

  private Optional<Long> fromProperty(RuntimeSetting setting) {
    Optional<String> text = Settings.find(setting.property());
    Optional<Long> value = text.flatMap(setting::fromProperty);
    if (text.isPresent() && value.isEmpty() && warned.add(setting.property() + "=" + text.get())) {
      LOG.log(
          Level.WARNING,
          "System property {0}={1} is not a value from {2} to {3}: the default applies",
          setting.property(),
          text.get(),
          setting.getMin(),
          setting.getMax());
    }
    return value;
  }

  private Map<String, Stored> read() {
    return repository.all().stream()
        .collect(
            Collectors.toUnmodifiableMap(
                Setting::getName,
                s -> new Stored(s.getValue(), s.getVersion(), s.getChangedAt(), s.getChangedBy())));
  }
}

package org.corkboard.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.corkboard.platform.Refused;
import org.corkboard.setting.entity.RuntimeSetting;
import org.junit.jupiter.api.Test;

class RuntimeSettingTest {

  @Test
  void aTypedValueIsAWholeNumberWithinItsBounds() {
    assertThat(RuntimeSetting.LISTING_LIFETIME.parse(" 45 ")).isEqualTo(45);
    assertThatThrownBy(() -> RuntimeSetting.LISTING_LIFETIME.parse("two weeks"))
        .isInstanceOf(Refused.class)
        .hasMessage("Listing lifetime: write a whole number of days, like 30.")
        .extracting(e -> ((Refused) e).field())
        .isEqualTo("LISTING_LIFETIME");
    assertThatThrownBy(() -> RuntimeSetting.LISTING_LIFETIME.parse("0"))
        .hasMessage("Listing lifetime: choose from 1 to 365 days.");
    assertThatThrownBy(() -> RuntimeSetting.MODERATION_AUTO_HIDE.parse("101"))
        .hasMessage("Reports by different people that hide a listing: choose from 1 to 100.");
    assertThatThrownBy(() -> RuntimeSetting.LISTING_MAX_PER_HOUR.parse(null))
        .hasMessageContaining("write a whole number, like 10");
    assertThatThrownBy(() -> RuntimeSetting.SIGN_IN_LOCK.parse("99999999999999999999"))
        .hasMessageContaining("write a whole number of minutes");
  }

  @Test
  void aSystemPropertyKeepsItsFormerFormAndIsIgnoredOutOfBounds() {
    assertThat(RuntimeSetting.LISTING_LIFETIME.fromProperty("P14D")).contains(14L);
    assertThat(RuntimeSetting.LISTING_LIFETIME.fromProperty("14")).contains(14L);
    assertThat(RuntimeSetting.SIGN_IN_LOCK.fromProperty("PT2H")).contains(120L);
    assertThat(RuntimeSetting.LISTING_MAX_ACTIVE.fromProperty("P3D")).isEmpty();
    assertThat(RuntimeSetting.LISTING_LIFETIME.fromProperty("PT1H")).as("0 days").isEmpty();
    assertThat(RuntimeSetting.LISTING_LIFETIME.fromProperty("forever")).isEmpty();
    assertThat(RuntimeSetting.LISTING_LIFETIME.fromProperty(" ")).isEmpty();
  }

  @Test
  void theReminderMustBeShorterThanTheLifetime() {
    var now = Map.of(RuntimeSetting.LISTING_LIFETIME, 30L, RuntimeSetting.LISTING_REMINDER, 3L);
    RuntimeSetting.checkTogether(RuntimeSetting.LISTING_REMINDER, 29, now::get);
    RuntimeSetting.checkTogether(RuntimeSetting.LISTING_LIFETIME, 4, now::get);
    assertThatThrownBy(
            () -> RuntimeSetting.checkTogether(RuntimeSetting.LISTING_REMINDER, 30, now::get))
        .hasMessage("The reminder (30 days) must be shorter than the listing lifetime (30 days).");
    assertThatThrownBy(
            () -> RuntimeSetting.checkTogether(RuntimeSetting.LISTING_LIFETIME, 2, now::get))
        .isInstanceOf(Refused.class)
        .extracting(e -> ((Refused) e).field())
        .isEqualTo("LISTING_LIFETIME");
  }

  @Test
  void everySettingIsFoundByItsPropertyAndDescribesItsUnit() {
    for (RuntimeSetting setting : RuntimeSetting.values()) {
      assertThat(RuntimeSetting.named(setting.property())).contains(setting);
      assertThat(setting.getDefaultValue()).isBetween(setting.getMin(), setting.getMax());
    }
    assertThat(RuntimeSetting.LISTING_LIFETIME.describe(1)).isEqualTo("1 day");
    assertThat(RuntimeSetting.SIGN_IN_LOCK.describe(15)).isEqualTo("15 minutes");
    assertThat(RuntimeSetting.LISTING_MAX_ACTIVE.describe(50)).isEqualTo("50");
  }
}

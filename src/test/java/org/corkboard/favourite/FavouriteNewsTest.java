package org.corkboard.favourite;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.corkboard.favourite.control.FavouriteNews;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.notification.entity.NotificationKind;
import org.junit.jupiter.api.Test;

class FavouriteNewsTest {

  private static Price euros(String amount) {
    return Price.of(PriceMode.FIXED, new BigDecimal(amount), "EUR");
  }

  @Test
  void aLowerPriceSaysFromWhatToWhat() {
    var change = FavouriteNews.priceChange(euros("120"), euros("90"));
    assertThat(change.headline()).isEqualTo("Price lowered");
    assertThat(change.sentence()).isEqualTo("Price lowered from €120 to €90.");
  }

  @Test
  void becomingFreeSaysWhatItWas() {
    var change = FavouriteNews.priceChange(euros("120"), Price.of(PriceMode.FREE, null, null));
    assertThat(change.sentence()).isEqualTo("Now free (was €120).");
  }

  @Test
  void theEndSaysSoldOrClosed() {
    assertThat(FavouriteNews.ending(ListingStatus.SOLD).headline()).isEqualTo("Sold");
    assertThat(FavouriteNews.ending(ListingStatus.CLOSED).sentence())
        .contains("no longer available");
  }

  @Test
  void theMailSaysWhatChangedAndLinksToTheListing() {
    var news =
        FavouriteNews.news(
            "Dana", 42, "Red   city\nbike", FavouriteNews.priceChange(euros("120"), euros("90")));
    assertThat(news.kind()).isEqualTo(NotificationKind.FAVOURITE_CHANGED);
    assertThat(news.link()).isEqualTo("/listings/42");
    assertThat(news.text())
        .isEqualTo("Your favourite “Red city bike”: Price lowered from €120 to €90.");
    assertThat(news.mailSubject()).isEqualTo("Price lowered: “Red city bike”");
    assertThat(news.mailBody())
        .startsWith("Hello Dana,")
        .contains("Price lowered from €120 to €90.")
        .contains("/listings/42\n");
  }
}

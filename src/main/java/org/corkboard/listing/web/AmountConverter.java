package org.corkboard.listing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * The price field of listing/edit.xhtml: a plain decimal number such as 25 or 9.50. (The standard
 * number converter reads "NaN" and "∞" as doubles no price can hold, which failed the request with
 * a 500, and reads "1,5" as 15.) Numbers far beyond any price are refused here, so that their long
 * plain form is never written back into the page.
 */
@FacesConverter("corkboard.Amount")
public class AmountConverter implements Converter<BigDecimal> {

  private static final BigDecimal FAR_BEYOND_ANY_PRICE = new BigDecimal("1E12");
  private static final int MOST_DECIMALS = 12;

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value.strip());
      if (amount.abs().compareTo(FAR_BEYOND_ANY_PRICE) < 0 && amount.scale() <= MOST_DECIMALS) {
        return amount;
      }
    } catch (NumberFormatException notANumber) {
      // refused below, as a number out of range is
    }
    throw new ConverterException(
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, "Enter the price as a number, such as 25 or 9.50.", null));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal amount) {
    return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
  }
}

package org.corkboard.account.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stores a throttle's recent failure times in one column, as epoch milliseconds separated by
 * spaces: they are read and written together with their key, under the key's row lock.
 */
@Converter
public class FailureTimes implements AttributeConverter<List<Instant>, String> {

  @Override
  public String convertToDatabaseColumn(List<Instant> times) {
    return times == null
        ? ""
        : times.stream()
            .map(time -> Long.toString(time.toEpochMilli()))
            .collect(Collectors.joining(" "));
  }

  @Override
  public List<Instant> convertToEntityAttribute(String column) {
    return column == null || column.isBlank()
        ? List.of()
        : Arrays.stream(column.strip().split(" +"))
            .map(millis -> Instant.ofEpochMilli(Long.parseLong(millis)))
            .toList();
  }
}

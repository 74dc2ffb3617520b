package org.corkboard.people.web;

import java.util.List;
import java.util.Map;
import org.corkboard.account.boundary.AccountDirectory;
import org.corkboard.account.boundary.Person;
import org.corkboard.account.entity.AccountSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The people table, a page at a time: the database finds, sorts and pages the accounts; the table's
 * column sort becomes an {@link AccountSort}, newest first when none is chosen.
 */
public class PeopleModel extends LazyDataModel<Person> {

  private static final long serialVersionUID = 1L;

  private final AccountDirectory directory;
  private final String text;

  public PeopleModel(AccountDirectory directory, String text) {
    this.directory = directory;
    this.text = text;
  }

  @Override
  public int count(Map<String, FilterMeta> unused) {
    return (int) Math.min(Integer.MAX_VALUE, directory.count(text));
  }

  @Override
  public List<Person> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> unused) {
    return directory.find(text, sort(sortBy), first, pageSize);
  }

  static AccountSort sort(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .filter(meta -> meta.isActive() && !meta.getOrder().isUnsorted())
        .findFirst()
        .map(meta -> AccountSort.by(meta.getField(), meta.getOrder().isAscending()))
        .orElse(AccountSort.NEWEST_FIRST);
  }

  @Override
  public String getRowKey(Person person) {
    return String.valueOf(person.id());
  }

  @Override
  public Person getRowData(String rowKey) {
    return null;
  }
}

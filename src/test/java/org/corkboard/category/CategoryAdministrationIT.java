package org.corkboard.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.corkboard.audit.AdminCalls.assertRefused;
import static org.corkboard.testing.Identities.run;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.AdminCalls;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.boundary.CategoryAdministration;
import org.corkboard.category.boundary.CategoryFieldAdministration;
import org.corkboard.category.boundary.CategoryRow;
import org.corkboard.category.boundary.FieldDefinition;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.category.entity.FieldKind;
import org.corkboard.listing.ListingForms;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.Browsing;
import org.corkboard.listing.boundary.ListingForm;
import org.corkboard.listing.boundary.Listings;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.listing.entity.Sort;
import org.corkboard.search.IndexedIds;
import org.corkboard.search.boundary.SearchIndex;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Identities;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administrators edit the category tree and its fields: the rules of each change, its audit entry,
 * the tree everyone reads following it at once, listings following their category (browsing and
 * search find them under the new one), and nobody but administrators changing anything. Each test
 * makes categories of its own, named with a word no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class CategoryAdministrationIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(
        CategoryAdministrationIT.class, ListingForms.class, IndexedIds.class, AdminCalls.class);
  }

  @Inject CategoryAdministration administration;
  @Inject CategoryFieldAdministration fields;
  @Inject Categories categories;
  @Inject Listings listings;
  @Inject TestListings testListings;
  @Inject Browsing browsing;
  @Inject SearchIndex index;
  @Inject AuditLog auditLog;
  @Inject TestAccounts testAccounts;

  private AdminCalls admin;
  private String word;

  @BeforeEach
  void anAdministratorAndAWordOfTheirOwn() {
    admin = new AdminCalls(testAccounts.create("cat-admin", Role.ADMIN), auditLog);
    word = IndexedIds.randomWord();
  }

  private <T> T asAdmin(Callable<T> call) throws Exception {
    return admin.call(call);
  }

  private long add(Long parent, String name) throws Exception {
    return asAdmin(() -> administration.add(parent, name));
  }

  private CategoryRow row(long id) throws Exception {
    return asAdmin(() -> administration.tree()).stream()
        .flatMap(top -> Stream.concat(Stream.of(top), top.children().stream()))
        .filter(r -> r.id() == id)
        .findFirst()
        .orElseThrow();
  }

  private List<AuditEntry> myEntries() throws Exception {
    return admin.entries();
  }

  @Test
  void addedAndRenamedCategoriesShowAtOnceWithTheirAuditEntries() throws Exception {
    long top = add(null, "Top " + word);
    long child = add(top, "Child " + word);
    assertThat(categories.byId(child))
        .get()
        .extracting(Categories.Node::name)
        .isEqualTo("Child " + word);
    assertThat(categories.parentOf(categories.byId(child).orElseThrow()))
        .get()
        .extracting(Categories.Node::id)
        .isEqualTo(top);
    assertThat(categories.bySlug("child-" + word)).isPresent();

    long version = row(child).version();
    asAdmin(run(() -> administration.rename(child, version, "Renamed " + word)));
    assertThat(categories.byId(child).orElseThrow().name()).isEqualTo("Renamed " + word);
    assertThat(categories.byId(child).orElseThrow().slug())
        .as("the address stays")
        .isEqualTo("child-" + word);

    assertThat(myEntries())
        .extracting(AuditEntry::getAction, AuditEntry::getBefore, AuditEntry::getAfter)
        .containsExactly(
            tuple(
                CategoryAdministration.RENAMED,
                "Top " + word + " › Child " + word,
                "Top " + word + " › Renamed " + word),
            tuple(CategoryAdministration.ADDED, null, "Top " + word + " › Child " + word),
            tuple(CategoryAdministration.ADDED, null, "Top " + word));
  }

  @Test
  void namesAreCheckedAmongSiblings() throws Exception {
    long top = add(null, "Top " + word);
    add(top, "Lamps " + word);
    assertRefused(() -> add(top, "  LAMPS " + word + " "), "name", "already");
    assertRefused(() -> add(top, "   "), "name", "Give the category a name.");
    assertRefused(() -> add(top, "x".repeat(81)), "name", "at most 80");
    long other = add(null, "Other " + word);
    assertThat(add(other, "Lamps " + word)).as("a cousin may share the name").isPositive();
    assertThat(categories.bySlug("lamps-" + word + "-2")).as("but not the slug").isPresent();
  }

  @Test
  void aCategoryMovesWithinTwoLevelsAndItsListingsFollow() throws Exception {
    long from = add(null, "From " + word);
    long to = add(null, "To " + word);
    long child = add(from, "Child " + word);
    long sub = add(to, "Sub " + word);
    long listing = postIn(child);

    assertRefused(() -> move(from, from), "parentId", "itself");
    assertRefused(() -> move(from, to), "parentId", "has sub-categories");
    assertRefused(() -> move(child, sub), "parentId", "top-level");
    assertRefused(() -> move(child, from), "parentId", "there already");

    move(child, to);
    assertThat(categories.parentOf(categories.byId(child).orElseThrow()))
        .get()
        .extracting(Categories.Node::id)
        .isEqualTo(to);
    assertThat(cardsIn("to-" + word)).contains(listing);
    assertThat(cardsIn("from-" + word)).doesNotContain(listing);
    assertThat(myEntries().get(0).getAfter()).isEqualTo("To " + word + " › Child " + word);
  }

  @Test
  void siblingsAreReorderedUpAndDown() throws Exception {
    long top = add(null, "Top " + word);
    long a = add(top, "A " + word);
    long b = add(top, "B " + word);
    asAdmin(run(() -> administration.reorder(b, -1)));
    assertThat(categories.byId(top).orElseThrow().children())
        .extracting(Categories.Node::id)
        .containsExactly(b, a);
    assertRefused(() -> asAdmin(run(() -> administration.reorder(b, -1))), null, "further");
    AuditEntry entry = myEntries().get(0);
    assertThat(entry.getAction()).isEqualTo(CategoryAdministration.REORDERED);
    assertThat(entry.getBefore()).isEqualTo("A " + word + ", B " + word);
    assertThat(entry.getAfter()).isEqualTo("B " + word + ", A " + word);
  }

  @Test
  void theTreeCountsActiveListingsATopLevelCategoryWithItsSubCategories() throws Exception {
    long top = add(null, "Top " + word);
    long lamps = add(top, "Lamps " + word);
    long rugs = add(top, "Rugs " + word);
    postIn(top);
    postIn(lamps);
    postIn(lamps);
    draftIn(rugs);

    assertThat(browsing.activeCounts())
        .containsEntry(top, 3L)
        .containsEntry(lamps, 2L)
        .as("a draft is not listed")
        .containsEntry(rugs, 0L);
  }

  @Test
  void aRetiredCategorysListingsAreFoundUnderItsReplacement() throws Exception {
    long old = add(null, "Old " + word);
    long oldChild = add(old, "Old child " + word);
    long target = add(null, "Target " + word);
    long listing = postIn(oldChild);
    long version = row(old).version();

    assertRefused(
        () -> asAdmin(run(() -> administration.retire(old, version, oldChild))),
        "replacementId",
        "outside");
    asAdmin(run(() -> administration.retire(old, version, target)));

    assertThat(categories.byId(old)).isEmpty();
    assertThat(categories.byId(oldChild)).isEmpty();
    assertThat(categories.find(oldChild)).as("nobody posts in it").isEmpty();
    assertThat(testListings.reload(listing).getCategory().getId()).isEqualTo(target);
    assertThat(cardsIn("target-" + word)).contains(listing);
    assertThat(myEntries().get(0).getAction()).isEqualTo(CategoryAdministration.RETIRED);
    long stale = row(target).version() + 1;
    assertRefused(
        () -> asAdmin(run(() -> administration.retire(target, stale, target))), null, "meanwhile");
  }

  @Test
  void searchFindsAListingByItsCategorysNewName() throws Exception {
    long top = add(null, "Top " + word);
    long child = add(top, "Shelves " + word);
    long listing = postIn(child);
    String newWord = IndexedIds.randomWord();
    long version = row(child).version();
    asAdmin(run(() -> administration.rename(child, version, "Shelves " + newWord)));
    new IndexedIds(index).await(newWord, ids -> ids.contains(listing));
  }

  @Test
  void fieldsOfEveryKindAreAddedChangedAndRemoved() throws Exception {
    long top = add(null, "Top " + word);
    long child = add(top, "Child " + word);
    assertRefused(
        () ->
            asAdmin(
                () ->
                    fields.add(
                        child, new FieldDefinition("Colour", FieldKind.CHOICE, true, null, ""))),
        "options",
        "at least two options");
    asAdmin(
        () -> fields.add(top, new FieldDefinition("Garden", FieldKind.YES_NO, false, null, null)));
    assertRefused(
        () ->
            asAdmin(
                () ->
                    fields.add(
                        child, new FieldDefinition("garden", FieldKind.TEXT, false, null, null))),
        "label",
        "one above or below");
    long colour =
        asAdmin(
            () ->
                fields.add(
                    child,
                    new FieldDefinition("Colour", FieldKind.CHOICE, true, null, "Red\nBlue")));
    asAdmin(
        () -> fields.add(child, new FieldDefinition("Width", FieldKind.NUMBER, false, "cm", null)));

    var category = categories.find(child).orElseThrow();
    assertThat(categories.fieldsFor(category))
        .extracting(CategoryField::getLabel)
        .containsExactly("Garden", "Colour", "Width");

    CategoryField field = asAdmin(() -> fields.fieldsOf(child)).get(0);
    asAdmin(
        run(
            () ->
                fields.change(
                    colour,
                    field.getVersion(),
                    new FieldDefinition(
                        "Colour", FieldKind.CHOICE, false, null, "Red\nBlue\nGreen"))));
    assertRefused(
        () ->
            asAdmin(
                run(
                    () ->
                        fields.change(
                            colour,
                            field.getVersion(),
                            new FieldDefinition("Hue", FieldKind.TEXT, false, null, null)))),
        null,
        "meanwhile");
    assertThat(categories.fieldsFor(categories.find(child).orElseThrow()))
        .filteredOn(f -> f.getId() == colour)
        .singleElement()
        .satisfies(f -> assertThat(f.getChoices()).containsExactly("Red", "Blue", "Green"));

    long version = asAdmin(() -> fields.fieldsOf(child)).get(0).getVersion();
    asAdmin(run(() -> fields.remove(colour, version)));
    assertThat(categories.fieldsFor(categories.find(child).orElseThrow()))
        .extracting(CategoryField::getLabel)
        .containsExactly("Garden", "Width");
    assertThat(myEntries())
        .extracting(AuditEntry::getAction)
        .startsWith(
            CategoryFieldAdministration.REMOVED,
            CategoryFieldAdministration.CHANGED,
            CategoryFieldAdministration.ADDED,
            CategoryFieldAdministration.ADDED);
    assertThat(myEntries().get(1).getBefore())
        .isEqualTo("Colour (choice of options: Red, Blue, required)");
  }

  @Test
  void onlyAdministratorsChangeTheTree() throws Exception {
    long top = add(null, "Top " + word);
    long version = row(top).version();
    List<Callable<?>> calls =
        List.of(
            () -> administration.tree(),
            () -> administration.add(null, "Intruder " + word),
            run(() -> administration.rename(top, version, "Intruder " + word)),
            run(() -> administration.move(top, version, null)),
            run(() -> administration.reorder(top, 1)),
            run(() -> administration.retire(top, version, top)),
            () -> fields.fieldsOf(top),
            () ->
                fields.add(top, new FieldDefinition("Intruder", FieldKind.TEXT, false, null, null)),
            run(() -> fields.remove(1, 0)));
    Account someone = testAccounts.create("someone");
    Account moderator = testAccounts.create("moderator", Role.MODERATOR);
    AdminCalls.assertOnlyAdministrators(calls, someone, moderator);
    assertThat(categories.byId(top).orElseThrow().name()).isEqualTo("Top " + word);
    assertThat(categories.all().map(Categories.Node::name))
        .noneMatch(n -> n.startsWith("Intruder"));
    assertThat(row(top).version()).isEqualTo(version);
  }

  private Void move(long id, long parent) throws Exception {
    long version = row(id).version();
    return asAdmin(run(() -> administration.move(id, version, parent)));
  }

  private long postIn(long categoryId) throws Exception {
    return asOwner(() -> listings.post(lamp(categoryId)));
  }

  private long draftIn(long categoryId) throws Exception {
    return asOwner(() -> listings.saveDraft(lamp(categoryId)));
  }

  /** Each listing by an owner of its own, who may post the same lamp as another owner. */
  private long asOwner(Callable<Long> call) throws Exception {
    return Identities.as(testAccounts.create("owner").getUsername(), USER, call);
  }

  private ListingForm lamp(long categoryId) {
    return ListingForms.item(
        ListingType.FOR_SALE,
        categoryId,
        "Standing lamp " + word,
        "Brass, works well.",
        PriceMode.FIXED,
        new BigDecimal("25"));
  }

  private List<Long> cardsIn(String slug) {
    return browsing.category(slug, Sort.NEWEST, 1).orElseThrow().cards().stream()
        .map(ListingCard::id)
        .toList();
  }
}

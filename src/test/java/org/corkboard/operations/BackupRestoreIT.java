package org.corkboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.TestImages;
import org.corkboard.testing.WebClient.Page;
import org.corkboard.testing.WebClient.Upload;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's backup and restore, as an operator does it: what a person made through the pages (an
 * account, a listing with a picture) is dumped with {@code pg_dump -Fc}, restored with {@code
 * pg_restore} into a new, empty database, and found there again, row for row and byte for byte,
 * with the schema's migration history and sequences, so that the application starts on the copy
 * without migrating and without reusing an id. PostgreSQL only.
 */
@Tag("persistence")
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "wildfly-postgresql")
class BackupRestoreIT extends PagesTestBase {

  /** What must come back, each selected for the person the test made ({@code ?}). */
  private static final List<String> KEPT =
      List.of(
          "SELECT id, username, email, display_name, password_hash, email_verified, created_at"
              + " FROM account WHERE username = ?",
          "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id"
              + " WHERE a.username = ? ORDER BY r.role",
          "SELECT l.id, l.title, l.description, l.price_amount, l.price_currency, l.city"
              + " FROM listing l JOIN account a ON a.id = l.owner_id WHERE a.username = ?",
          "SELECT p.id, p.position, p.image, p.thumbnail FROM listing_picture p"
              + " JOIN listing l ON l.id = p.listing_id JOIN account a ON a.id = l.owner_id"
              + " WHERE a.username = ? ORDER BY p.id",
          "SELECT version, checksum, success FROM flyway_schema_history"
              + " WHERE ? IS NOT NULL ORDER BY installed_rank",
          "SELECT (SELECT last_value FROM account_seq), (SELECT last_value FROM listing_seq),"
              + " (SELECT last_value FROM listing_picture_seq) WHERE ? IS NOT NULL");

  private final PostgresqlTools postgresql = new PostgresqlTools();

  @Test
  void aDumpRestoredIntoAnEmptyDatabaseHasTheAccountsListingsAndPictures(@TempDir Path folder)
      throws Exception {
    String owner = verifiedAccount();
    var seller = signedInAs(owner);
    String title = unique("Bike kept in the backup ");
    Page draft = draftListing(seller, title);
    addPicture(seller, draft, new Upload("bike.png", "image/png", TestImages.png(400, 300)));
    Page withPicture = seller.get(draft.url());
    String picture = firstPicture(withPicture);
    assertThat(publish(seller, withPicture, title).url()).contains("/listings/");
    byte[] served = seller.bytes(picture);

    Path dump = folder.resolve("corkboard.dump");
    postgresql.run("pg_dump", "--format=custom", "--file=" + dump, postgresql.database);
    String copy = "corkboard_restore_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    execute("CREATE DATABASE " + copy);
    try {
      postgresql.run(
          "pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + copy, dump.toString());
      try (Connection original = postgresql.connect(postgresql.database);
          Connection restored = postgresql.connect(copy)) {
        for (String query : KEPT) {
          List<List<String>> rows = rows(restored, query, owner);
          assertThat(rows).as(query).isNotEmpty().isEqualTo(rows(original, query, owner));
        }
        assertThat(rows(restored, KEPT.get(2), owner).get(0)).contains(title);
        assertThat(rows(restored, KEPT.get(3), owner).get(0))
            .as("the picture as the listing's page served it")
            .contains(HexFormat.of().formatHex(served));
      }
    } finally {
      execute("DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)");
    }
  }

  private void execute(String statement) throws SQLException {
    try (Connection connection = postgresql.connect(postgresql.database);
        var sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  /** The rows of the query, each column as text (binary as hex), in their order. */
  private static List<List<String>> rows(Connection connection, String query, String parameter)
      throws SQLException {
    try (var statement = connection.prepareStatement(query)) {
      statement.setString(1, parameter);
      try (var result = statement.executeQuery()) {
        List<List<String>> rows = new ArrayList<>();
        while (result.next()) {
          List<String> row = new ArrayList<>();
          for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
            Object value = result.getObject(column);
            row.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : "" + value);
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }
}

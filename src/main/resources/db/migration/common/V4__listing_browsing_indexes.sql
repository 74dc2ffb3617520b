-- Browsing reads a page of listings straight off an index, without sorting every match.
-- Each index starts with the columns a page fixes (category, status) and goes on in the page's
-- order; queries name the fixed columns in their ORDER BY too, which lets H2 use the index order.

-- A top-level category's page shows its sub-categories' listings: keep the top-level category on
-- the listing, so that the page is one index range instead of a list of categories to merge.
ALTER TABLE listing ADD COLUMN top_category_id BIGINT REFERENCES category (id);
UPDATE listing SET top_category_id =
    COALESCE((SELECT c.parent_id FROM category c WHERE c.id = listing.category_id), category_id);

DROP INDEX listing_status_published;
DROP INDEX listing_category_published;
DROP INDEX listing_category_price;

CREATE INDEX listing_newest ON listing (status, published_at DESC, id DESC);
CREATE INDEX listing_type_newest ON listing (type, status, published_at DESC, id DESC);

CREATE INDEX listing_category_newest
    ON listing (category_id, status, published_at DESC, id DESC);
CREATE INDEX listing_category_cheapest
    ON listing (category_id, status, price_amount, published_at DESC, id DESC);
CREATE INDEX listing_category_dearest
    ON listing (category_id, status, price_amount DESC, published_at DESC, id DESC);

CREATE INDEX listing_top_category_newest
    ON listing (top_category_id, status, published_at DESC, id DESC);
CREATE INDEX listing_top_category_cheapest
    ON listing (top_category_id, status, price_amount, published_at DESC, id DESC);
CREATE INDEX listing_top_category_dearest
    ON listing (top_category_id, status, price_amount DESC, published_at DESC, id DESC);

-- A seller's other listings, newest first, on the listing page.
CREATE INDEX listing_owner_newest ON listing (owner_id, status, published_at DESC, id DESC);

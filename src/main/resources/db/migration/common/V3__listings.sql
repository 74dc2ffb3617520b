-- Listings, their pictures and the extra details categories ask for.

CREATE SEQUENCE category_field_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE category_field (
    id          BIGINT        NOT NULL PRIMARY KEY,
    category_id BIGINT        NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    field_key   VARCHAR(40)   NOT NULL,
    label       VARCHAR(80)   NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    required    BOOLEAN       NOT NULL,
    unit        VARCHAR(20),
    min_value   DECIMAL(12,2),
    max_value   DECIMAL(12,2),
    choices     VARCHAR(500),
    position    INTEGER       NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT category_field_key_unique UNIQUE (category_id, field_key)
);

CREATE SEQUENCE listing_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE listing (
    id               BIGINT        NOT NULL PRIMARY KEY,
    owner_id         BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    type             VARCHAR(20),
    title            VARCHAR(100),
    description      VARCHAR(5000),
    category_id      BIGINT        REFERENCES category (id),
    price_mode       VARCHAR(12),
    price_amount     DECIMAL(12,2),
    price_currency   VARCHAR(3),
    item_condition   VARCHAR(12),
    site_id          BIGINT        REFERENCES site (id),
    city             VARCHAR(80),
    postal_code      VARCHAR(10),
    status           VARCHAR(10)   NOT NULL,
    fingerprint      VARCHAR(64),
    cover_picture_id BIGINT,
    picture_count    INTEGER       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    expires_at       TIMESTAMP WITH TIME ZONE,
    reminder_sent_at TIMESTAMP WITH TIME ZONE,
    ended_at         TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);
-- Browsing: newest or cheapest active listings, overall and per category.
CREATE INDEX listing_status_published ON listing (status, published_at);
CREATE INDEX listing_category_published ON listing (category_id, status, published_at);
CREATE INDEX listing_category_price ON listing (category_id, status, price_amount);
-- "My listings", abuse limits and duplicate detection.
CREATE INDEX listing_owner ON listing (owner_id, status, created_at);
CREATE INDEX listing_owner_fingerprint ON listing (owner_id, fingerprint);
-- The expiry job.
CREATE INDEX listing_expiry ON listing (status, expires_at);

CREATE TABLE listing_detail (
    listing_id  BIGINT       NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    field_key   VARCHAR(40)  NOT NULL,
    field_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (listing_id, field_key)
);

CREATE SEQUENCE listing_picture_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE listing_picture (
    id         BIGINT  NOT NULL PRIMARY KEY,
    listing_id BIGINT  NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    image      BYTEA   NOT NULL,
    thumbnail  BYTEA   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX listing_picture_listing ON listing_picture (listing_id, position);

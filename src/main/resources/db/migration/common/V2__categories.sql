-- The category tree. Listings (and the extra fields a category defines) come later.
CREATE SEQUENCE category_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE category (
    id        BIGINT      NOT NULL PRIMARY KEY,
    name      VARCHAR(80) NOT NULL,
    slug      VARCHAR(80) NOT NULL,
    parent_id BIGINT      REFERENCES category (id),
    position  INTEGER     NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT category_slug_unique UNIQUE (slug)
);
CREATE INDEX category_parent ON category (parent_id);

-- Where sites and listings are on the map, for distance searches: null where no place is known.
ALTER TABLE site ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE site ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE listing ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE listing ADD COLUMN longitude DOUBLE PRECISION;

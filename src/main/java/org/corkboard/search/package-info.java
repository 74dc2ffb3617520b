/**
 * Search and discovery: finding listings by words, filters and distance. Owns the town gazetteer
 * (GeoNames towns shipped in the application) that "near a town" searches measure from.
 */
package org.corkboard.search;

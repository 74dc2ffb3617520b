/**
 * Search: the full-text index of publicly visible listings on each node — relevance, stemming in
 * English and German, typo tolerance, filters and facets, distance, autocomplete — and the town
 * gazetteer (GeoNames towns shipped in the application) that "near a town" searches measure from;
 * later, the pages, saved searches and the search API built on them.
 */
package org.corkboard.search;

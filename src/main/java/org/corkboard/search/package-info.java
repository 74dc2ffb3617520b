/**
 * Search: the full-text index of publicly visible listings on each node — relevance, stemming in
 * English and German, typo tolerance, filters and facets, distance, autocomplete — and the town
 * gazetteer (GeoNames towns shipped in the application) that "near a town" searches measure from;
 * saved searches, which tell their owners of new listings they find, once each (right away or in a
 * daily digest); later, the pages and the search API built on them.
 */
package org.corkboard.search;

/**
 * Search: the full-text index of publicly visible listings on each node — relevance, stemming in
 * English and German, typo tolerance, filters and facets, distance, autocomplete — and what a
 * person types as the place a search is "near" (a company site or a town of the gazetteer); saved
 * searches, which tell their owners of new listings they find, once each (right away or in a daily
 * digest); the search page; later, the search API.
 */
package org.corkboard.search;

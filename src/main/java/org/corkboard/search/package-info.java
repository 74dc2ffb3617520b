/**
 * Search: the full-text index of publicly visible listings on each node — relevance, stemming in
 * English and German, typo tolerance, filters and facets, distance, autocomplete — and, later, the
 * pages, saved searches and the search API built on it.
 */
package org.corkboard.search;

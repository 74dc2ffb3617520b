/**
 * Search: the full-text index of publicly visible listings on each node — relevance, stemming in
 * English and German, typo tolerance, filters and facets, distance, autocomplete — and what a
 * person types as the place a search is "near" (a company site or a town of the gazetteer); later,
 * the pages, saved searches and the search API built on them.
 */
package org.corkboard.search;

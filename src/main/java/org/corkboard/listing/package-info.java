/**
 * Listings: the classified ads themselves — posting, editing, the life cycle from draft to active
 * to sold, closed or expired, pictures, and the pages that show them: one listing, the newest ones,
 * a category's and a person's.
 */
package org.corkboard.listing;

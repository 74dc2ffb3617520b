/**
 * The word list: words and regular expressions kept by administrators whose match in a new or
 * edited listing holds it for review instead of publishing it. The listing feature asks {@code
 * Screening}; moderation opens the case.
 */
package org.corkboard.wordlist;

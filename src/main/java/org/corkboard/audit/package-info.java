/**
 * The audit log: an append-only record of administrative changes and moderation decisions (who,
 * when, what, on what, before and after, why), written by other services in their own transaction,
 * and the administrators' page to search and export it.
 */
package org.corkboard.audit;

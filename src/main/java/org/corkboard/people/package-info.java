/**
 * The admin console's people pages: administrators find accounts, read a person's listings, reports
 * and audit trail, and act on the account (roles, lock, suspension, verification, password,
 * deactivation). Pages only: the rules and changes live in the account, listing, moderation and
 * audit features' services.
 */
package org.corkboard.people;

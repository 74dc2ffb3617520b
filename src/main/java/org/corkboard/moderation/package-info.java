/**
 * Moderation: reports of listings, profiles and messages by anyone signed in, the queue of reported
 * subjects for moderators and administrators, their decisions (each with a kept reason) and what
 * follows from them: hidden listings, removed messages, warnings and suspensions, and notices to
 * the reporters and the owners. Listings reported by enough people are held until reviewed.
 */
package org.corkboard.moderation;

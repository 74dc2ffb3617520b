/**
 * Settings an administrator changes while the application runs (listing lifetime, abuse limits,
 * auto-hide threshold, sign-in lockout): their definitions and checks, the values kept in the
 * database, and the reading every node keeps of them. Without a value kept here a setting is its
 * system property, else its default.
 */
package org.corkboard.setting;

/**
 * Accounts: registration with e-mail verification, signing in (with throttling and "remember me"),
 * password reset, profiles with avatars, and roles.
 */
package org.corkboard.account;

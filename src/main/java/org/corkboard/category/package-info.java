/**
 * The tree of listing categories (For sale › Electronics › Phones, …), their extra fields and their
 * look. It knows nothing of listings: a category's page of listings is listing browsing.
 */
package org.corkboard.category;

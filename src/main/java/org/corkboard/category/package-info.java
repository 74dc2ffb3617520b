/** The tree of listing categories (For sale › Electronics › Phones, …). */
package org.corkboard.category;

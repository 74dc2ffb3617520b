/**
 * Favourites: the listings a person saved, the hearts that save and unsave them on cards and on a
 * listing's page, the favourites page, and the notices when a saved listing's price drops or it is
 * sold or closed.
 */
package org.corkboard.favourite;

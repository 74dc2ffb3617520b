/**
 * The town gazetteer: GeoNames towns shipped in the application, found by the name a person types,
 * with their positions. Sites and listings are placed on the map by it, and searches "near a town"
 * measure from it. It depends on no other feature, so every feature may use it.
 */
package org.corkboard.gazetteer;

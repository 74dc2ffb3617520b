/** The company's sites (offices, plants, campuses): where people work and listings are. */
package org.corkboard.site;

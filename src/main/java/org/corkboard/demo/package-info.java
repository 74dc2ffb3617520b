/**
 * The demonstration board the run command starts with. It loads only when {@code corkboard.demo} is
 * true and only into a database without accounts; production never sets it.
 */
package org.corkboard.demo;

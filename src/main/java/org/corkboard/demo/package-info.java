/**
 * The demonstration board the run command starts with. It loads only when {@code corkboard.demo} is
 * true and only into a database without accounts; production never sets it. On an HTTPS address or
 * PostgreSQL it also needs {@code corkboard.demo.force=true} (see {@link DemoSafety}).
 */
package org.corkboard.demo;

/**
 * The admin console's shell: its pages' menu (each person sees what they may open), the start page
 * that sends each role where it works, and the administrators' dashboard of counts and charts,
 * aggregated in the database.
 */
package org.corkboard.console;

/**
 * Picture processing shared by every feature that takes uploaded pictures (avatars, listing
 * pictures): recognising and decoding an upload safely, scaling it and re-encoding it without
 * metadata. Features decide their own sizes and limits on top of these.
 */
package org.corkboard.platform.images;

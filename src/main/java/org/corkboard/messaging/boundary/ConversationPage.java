package org.corkboard.messaging.boundary;

import java.time.Instant;
import java.util.List;
import org.corkboard.account.boundary.Profiles.PublicProfile;
import org.corkboard.listing.entity.ListingStatus;

/**
 * A conversation as one of its two people sees it: the listing (null fields once it is deleted),
 * the other person, the messages oldest first and the last of the reader's own messages the other
 * has seen, the files the reader chose for their next message, and when the other was last active
 * (null if unknown).
 */
public record ConversationPage(
    long id,
    Long listingId,
    String listingTitle,
    ListingStatus listingStatus,
    String listingSlug,
    Long coverPictureId,
    boolean buying,
    PublicProfile other,
    List<MessageEntry> messages,
    Long seenUpto,
    boolean archived,
    boolean open,
    boolean otherBlocked,
    List<AttachmentEntry> waiting,
    Instant otherLastActive,
    long version) {}

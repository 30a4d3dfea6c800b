package org.plenary.accreditation.state.rest;

import java.util.List;

/** The bodies the calling state follows, by identifier. */
public record FollowedBodiesView(String stateCode, List<String> bodyIds) {}

package org.plenary.accreditation.body.rest;

import org.plenary.accreditation.body.Body;
import org.plenary.accreditation.body.Body.EcosocFastTrack;
import org.plenary.accreditation.body.Body.ObjectionDisclosure;
import org.plenary.accreditation.body.Body.RevokedSubmissions;

/** A body and its accreditation policy, as anyone may read it. */
public record BodyView(
        String id,
        String name,
        boolean accreditationOpen,
        int nonObjectionDays,
        EcosocFastTrack ecosocFastTrack,
        ObjectionDisclosure objectionDisclosure,
        RevokedSubmissions revokedSubmissions) {

    public static BodyView of(Body body) {
        return new BodyView(
                body.id,
                body.name,
                body.accreditationOpen,
                body.nonObjectionDays,
                body.ecosocFastTrack,
                body.objectionDisclosure,
                body.revokedSubmissions);
    }
}

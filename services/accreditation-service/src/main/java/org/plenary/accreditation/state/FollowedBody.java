package org.plenary.accreditation.state;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A body a member state follows: its applications open to objection are on the state's list. */
@Entity
@Table(name = "followed_body")
public class FollowedBody extends PanacheEntityBase {

    @Embeddable
    public record Key(
            @Column(name = "state_code") String stateCode,
            @Column(name = "body_id") String bodyId) implements Serializable {}

    @EmbeddedId
    public Key id;

    @Column(name = "followed_at", nullable = false)
    public Instant followedAt;

    public static FollowedBody of(String stateCode, String bodyId, Instant at) {
        FollowedBody followed = new FollowedBody();
        followed.id = new Key(stateCode, bodyId);
        followed.followedAt = at;
        return followed;
    }
}

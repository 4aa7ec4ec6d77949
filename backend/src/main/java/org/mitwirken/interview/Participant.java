package org.mitwirken.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who took part, by role and number: private names are not stored. */
@Embeddable
public class Participant {
    @Column(nullable = false)
    public String role;

    @Column(name = "head_count", nullable = false)
    public int headCount;
}

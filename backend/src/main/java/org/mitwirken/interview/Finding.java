package org.mitwirken.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class Finding {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingType type;

    @Column(nullable = false)
    public String text;
}

package org.mitwirken.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mitwirken.common.persistence.VersionedEntity;

/**
 * Registration for one format, as staff set it up; its id is the format's id. Its row is locked while a seat is taken
 * or given back, so two people can never take the last seat at once.
 */
@Entity
@Table(name = "registration_opening")
public class RegistrationOpening extends VersionedEntity {
    @Column(nullable = false)
    public int capacity;

    /** How many may wait for a seat; 0: no waiting list. */
    @Column(name = "waiting_list", nullable = false)
    public int waitingList;

    /** The last day registrations are taken (Europe/Berlin). */
    @Column(nullable = false)
    public LocalDate deadline;

    /** Questions every registrant may answer, e.g. about accessibility needs; answers are optional. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> questions;

    /** Staff can close registration before the deadline (and open it again). */
    @Column(nullable = false)
    public boolean open;

    /** How many came, as staff counted at the event; null until recorded. */
    public Integer attendance;

    /** The event's first day when attendance was recorded: the day the statistics count it for. */
    @Column(name = "attendance_day")
    public LocalDate attendanceDay;
}

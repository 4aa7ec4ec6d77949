package org.mitwirken.process;

/** Where a process stands in its life: announced, running, or finished. */
public enum ProcessStatus {
    PLANNED,
    ONGOING,
    COMPLETED
}

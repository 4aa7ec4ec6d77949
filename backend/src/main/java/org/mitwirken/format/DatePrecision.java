package org.mitwirken.format;

/** How exact a format's dates are: "13.11.2024" (DAY) or "Oktober 2024" (MONTH). */
public enum DatePrecision {
    DAY,
    MONTH
}

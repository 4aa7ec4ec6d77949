package org.mitwirken.survey;

/** When a survey's results are public: while it runs, or only once it has closed (so early answers sway nobody). */
public enum ResultsVisibility {
    LIVE,
    AFTER_CLOSE
}

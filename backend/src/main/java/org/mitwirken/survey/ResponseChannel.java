package org.mitwirken.survey;

/** How a response came in: openly online, by an account, or with a participation code handed out on site. */
public enum ResponseChannel {
    ONLINE,
    ACCOUNT,
    CODE
}

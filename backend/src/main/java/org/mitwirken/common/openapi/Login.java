package org.mitwirken.common.openapi;

/**
 * Marks an operation whose answer depends on who asks, though anyone may call it: written on the method as
 * {@code @Extension(name = Login.OPTIONAL, value = "true")}, documented as {@code security: [{}, {bearer: []}]} so
 * that generated clients send the token when they have one.
 */
public final class Login {
    public static final String OPTIONAL = "x-login-optional";

    private Login() {
    }
}
